"""Templates, PHI-free filler lines and case habits per style."""
import templates_hd, templates_tc, templates_wc, templates_ems

TEMPLATES = {'hemodialysis': templates_hd.T, 'transfer-calls': templates_tc.T,
             'workers-comp': templates_wc.T, 'ems-runs': templates_ems.T}
FILLERS = {'hemodialysis': templates_hd.FILL, 'transfer-calls': templates_tc.FILL,
           'workers-comp': templates_wc.FILL, 'ems-runs': templates_ems.FILL}
# note-level case habit: upper = all capitals, lower = all lower case, lowerphi = mixed text with about
# half of the PHI strings typed lower case, mixed = as written
MODES = {'hemodialysis': {'mixed': 0.85, 'lowerphi': 0.15},
         'transfer-calls': {'upper': 0.8, 'mixed': 0.2},
         'workers-comp': {'lower': 0.65, 'lowerphi': 0.35},
         'ems-runs': {'upper': 0.9, 'mixed': 0.1}}
