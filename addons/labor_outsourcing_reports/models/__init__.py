from . import labor_evaluation_grade
from . import labor_dashboard
