from . import labor_kpi_analysis_wizard
