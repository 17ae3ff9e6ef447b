from . import test_access_rights
from . import test_vendor
from . import test_work_site
from . import test_ui
