from . import labor_vendor_state_wizard
from . import labor_vendor_document_reject_wizard
from . import labor_contract_terminate_wizard
from . import labor_worker_offboard_wizard
from . import comment_wizard
