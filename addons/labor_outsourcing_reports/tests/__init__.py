from . import test_evaluation_grade
from . import test_kpi_engine
from . import test_evaluation_campaign
from . import test_query_counts
from . import test_evaluation_access
from . import test_ui
