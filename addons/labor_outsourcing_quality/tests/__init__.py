from . import test_access_rights
from . import test_quality_access
from . import test_ncr
from . import test_ncr_settlement
from . import test_inspection
from . import test_risk
from . import test_issue
from . import test_ui
