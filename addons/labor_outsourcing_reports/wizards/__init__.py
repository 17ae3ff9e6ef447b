from . import labor_audit_pack_wizard
