from . import test_evaluation_grade
