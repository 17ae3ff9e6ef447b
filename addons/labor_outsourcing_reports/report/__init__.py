from . import labor_audit_pack_xlsx
from . import labor_contract_summary
