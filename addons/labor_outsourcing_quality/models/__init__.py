from . import labor_ncr_category
