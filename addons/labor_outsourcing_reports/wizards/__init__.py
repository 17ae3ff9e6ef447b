from . import labor_audit_pack_wizard
from . import labor_kpi_analysis_wizard
