from . import labor_evaluation_grade
