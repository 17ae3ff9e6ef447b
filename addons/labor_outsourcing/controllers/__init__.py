from . import portal
from . import portal_contract
from . import portal_vendor_document
from . import portal_worker
from . import portal_worker_proposal
from . import portal_progress_report
from . import portal_settlement
