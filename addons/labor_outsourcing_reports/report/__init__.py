from . import labor_audit_pack_xlsx
from . import labor_contract_summary
from . import labor_audit_pack_xlsx_evaluation
