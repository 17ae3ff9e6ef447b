from . import test_access_rights
from . import test_evaluation_template
from . import test_selection_event
from . import test_vendor
from . import test_vendor_documents
from . import test_vendor_lifecycle
from . import test_work_site
from . import test_ui
