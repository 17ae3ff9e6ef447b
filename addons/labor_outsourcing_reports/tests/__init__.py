from . import test_evaluation_grade
from . import test_dashboard
from . import test_click_everywhere
from . import test_audit_pack
from . import test_contract_summary
from . import test_standard_export
from . import test_ui
