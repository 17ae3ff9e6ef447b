from . import test_evaluation_grade
from . import test_dashboard
from . import test_click_everywhere
