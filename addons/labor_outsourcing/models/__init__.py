from . import labor_service_type
from . import labor_work_site
from . import res_partner
