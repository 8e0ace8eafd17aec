"""workers-comp: occupational health / workers' compensation visits, typed fast, mostly lower case."""

FILL = [
    "bp {bp} p {hr} rr {rr} spo2 {sat}%",
    "lumbar paraspinal ttp L>R, flexion 40 deg limited by pain, slr neg bilat",
    "r shoulder: forward flex 120/180, abd 90/180, neer + hawkins +, strength 4/5",
    "tinel's + at r wrist, phalen's + at 30 sec, grip 22/38 kg (r/l)",
    "finkelstein neg. no snuffbox ttp",
    "wound 3 cm lac l index finger, cleaned, 4 sutures 5-0 nylon, tdap given {lot}",
    "xray l ankle no fx per read, ottawa rules neg",
    "pt 2x/wk x 4 wks, home exercise program given",
    "meds: {drug}, {drug}",
    "pain 6/10 today, was 8/10 last visit",
    "denies numbness/tingling, no bowel/bladder sx",
    "icd s39.012a, cpt 99213, osha recordable y",
    "restrictions: no lifting > 20 lb, no overhead work, may sit/stand as needed",
    "full duty no restrictions effective next shift",
    "light duty 4 hr/day x 2 wks then reassess",
    "mmi not reached",
    "drug screen collected per employer post-accident policy, chain of custody form done",
    "eyes: corneal abrasion os on fluorescein, no foreign body seen after irrigation",
    "back to work note given, copy to employer",
    "mri l-spine ordered, needs auth from carrier",
    "pt works {nn} hr/wk, right hand dominant",
    "ice, nsaids, activity mod reviewed",
    "prior l knee scope {YEAR}, no prior wc claims",
    "spurling neg, hoffmann neg, 5/5 strength c5-t1",
    "dequervain's suspected, thumb spica given",
]

T = []
T.append("""occ health visit - initial injury
date of visit {DATE}
pt: {PT}   dob {DOB}
employer: {EMP@emp}   job: warehouse loader
doi {DOI}   claim # {CLAIM}
supervisor {PRO@sup} sent pt over, called ahead from {PHONE@empph}
moi: lifting 50 lb box at {JOBSITE}, felt pop low back
{FILL}
{FILL}
{FILL}
{FILL}
{FILL}
{FILL}
a/p: lumbar strain, work related
{FILL}
f/u {DATEN} with {HCPL#md}
{HCP#md}, do / {HCPI#ma}""")
T.append("""wc f/u visit {DATE}
{PTL}, {PTF}  clm {CLAIM}
carrier: {INS@ins}, adjuster {PRO@adj} ph {PHONE@adj} email {EMAIL@adj}
doi {DOI}
s: {PTI} still sore, {FILL}
{FILL}
{FILL}
o: {FILL}
{FILL}
{FILL}
a: r shoulder strain, improving
p: {FILL}
{FILL}
rtw form faxed to {EMP@emp} hr ({PRO#hr}) at {PHONE#hrfax}
next visit {DATEN}
- {HCP#pa}, pa-c""")
T.append("""phone call {DATE} {t}
called by {PRO@cm}, rn case mgr w/ {INS@ins}, re: {PT} claim {CLAIM}
she asks status of mri auth and rtw date
told her mri scheduled at {HOSP#img} on {DATEN}
{FILL}
{FILL}
{FILL}
she will fax updated job description from {EMP@emp}
{FILL}
{FILL}
{FILL}
{FILL}
callback {PHONE@cm} x{EXT}
{HCPI#ma} for dr {HCPL#md}""")
T.append("""{OCC@clinic} - {TOWN@clinictown}
work status report
date {DATE}
employee {PT}   ssn on file   employer {EMP@emp}, {TOWN@emptown} {STATE}
supervisor: {PRO@sup}
date of injury {DOI}
{FILL}
{FILL}
{FILL}
{FILL}
{FILL}
work status: {FILL}
{FILL}
next appt {DATEN}
provider {HCP#md}, md
cc: {INS@ins} claims, {PRO@adj}""")
T.append("""initial eval - laceration
{DATE}
{PTF} {PTL} ({age} y/o), line cook at {EMP@emp}, {STREET#emp}
cut l hand on meat slicer about {t} today, coworker {BY#cowork} wrapped it, manager {PRO@sup} drove him in
{FILL}
{FILL}
{FILL}
{FILL}
{FILL}
{FILL}
{FILL}
first aid vs recordable discussed w/ employer rep
workers comp insurer {INS@ins} - claim not yet assigned, employer to call in
suture removal {DATEN}
{HCP#np}, np   {HCPI#ma}""")
T.append("""pt seen {DATE}, doi {DOI}, clm {CLAIM}
{PT} - truck driver for {EMP@emp}, based out of {TOWN@emptown}
mva in company truck on {STREET#road} in {TOWN#town}, restrained, airbags deployed
seen that day in ed at {HOSP#ed} ({HACR#ed}), ct neg
{FILL}
{FILL}
{FILL}
{FILL}
{FILL}
{FILL}
dot med card on hold until cleared
adjuster {PRO@adj} at {INS@ins} notified by fax
wife {REL#wife} here with pt, asks about lost wages - referred to adjuster
{FILL}
{HCPL#md}""")
T.append("""return to work eval
date: {DATE}
name: {PTLF}
claim no.: {CLAIM}   carrier: {INS@ins}
employer: {EMP@emp}  contact: {PRO@sup}, {PHONE@empph}
{FILL}
{FILL}
{FILL}
{FILL}
fce done at {OCC#pt} on {DATEP}: medium physical demand level
{FILL}
{FILL}
released to full duty {DATEN}
mmi reached today, impairment rating deferred to ime dr {HCP#ime}
signed {HCP#md}, md  {HCPI#md}""")
T.append("""nurse case mgr note
{DATE}
ee: {PT}  dob {DOB}
er: {EMP@emp}
clm: {CLAIM}
attended appt w/ ee at {HOSP#ortho} ortho, dr {HCP#ortho}
{FILL}
{FILL}
{FILL}
surgery (r rotator cuff repair) tentatively {DATEN}, pre-op at {HACR#ortho}
{FILL}
ee lives w/ daughter {REL#dtr} in {TOWN@home}, needs ride to pt - arranged {TRANS}
{FILL}
{FILL}
report to adjuster {PRO@adj}, {EMAIL@adj}
{PRO@cm}, rn, ccm""")
T.append("""exposure visit - needlestick
{DATET}
{PT}, cna at {NH#nh}, {TOWN#nhtown}
stuck l thumb w/ used insulin needle while recapping, source pt identified
{FILL}
{FILL}
{FILL}
source labs requested from {NH#nh} don {PRO#don}, {PHONE#don}
baseline hiv/hbv/hcv drawn, hep b immune (titer on file {DATEP})
{FILL}
{FILL}
{FILL}
f/u 6 wk labs {DATEN}
employee health notified: {PRO#eh}
{HCP#md}""")
T.append("""ime request rec'd {DATE}
from {INS@ins} / {PRO@adj}
re: {PT}, claim {CLAIM}, doi {DOI}
records reviewed:
- {OCC@clinic} notes {DATEP} thru {DATE}
- {HOSP#h} ed {DOI}
- pt notes from {OCC#ptclinic}
{FILL}
{FILL}
{FILL}
{FILL}
{FILL}
opinion: causally related to work incident, mmi reached, 5% wpi
{FILL}
{HCP#ime}, md""")
T.append("""f/u {DATE}
{PTF} back today, says supervisor {PROF@sup} keeps putting him on the line despite restrictions
{FILL}
{FILL}
{FILL}
{FILL}
{FILL}
called {EMP@emp} safety mgr {PRO#safety} at {PHONE#safety}, reviewed restrictions
{FILL}
{FILL}
{FILL}
{FILL}
adj {PROL@adj} cc'd
next {DATEN}  {HCPI#md}""")
T.append("""hearing conservation / work injury
{DATE}  {OCC@clinic}
{PT} ({age}), machine operator {EMP@emp} plant {TOWN@emptown}
c/o ringing both ears after compressor blew at work {DOI}
{FILL}
{FILL}
{FILL}
audiogram: 4k notch bilat, sts compared to baseline {YEAR}
{FILL}
{FILL}
{FILL}
refer ent dr {HCP#ent}, {HOSP#ent}
osha recordable - form to {PRO#safety}
{HCP#md}""")
T.append("""progress note - pt therapy (wc)
{DATE}
pt: {PT}   visit {n} of 8   claim {CLAIM}
referring: {HCP#md}, {OCC@clinic}
{FILL}
{FILL}
{FILL}
{FILL}
{FILL}
{FILL}
{FILL}
{FILL}
progress sent to carrier {INS@ins} fax {PHONE#insfax}
{HCP#pt}, dpt""")
T.append("""telephone - employer
{DATE} {t}
{PRO@sup} from {EMP@emp} called re {PTLF}
says ee did not show to shift {DATEP}, asks if restrictions changed
{FILL}
{FILL}
informed no change in restrictions for {PTI}; ee has appt {DATEN}
reminded employer we can only discuss work status per consent
{FILL}
{FILL}
{FILL}
{FILL}
{FILL}
{HCPI#ma} / reviewed {HCPL#md}""")
T.append("""post-offer physical / injury recheck
{DATE}
{PTLF}  dob {DOB}
new hire at {EMP@emp} ({JOBSITE}), start date {DATEN}
hx: prior wc claim {YEAR} w/ {EMP#oldemp} for l knee, {FILL}
{FILL}
{FILL}
{FILL}
{FILL}
{FILL}
{FILL}
emergency contact {REL#ec} {PHONE#ec}
lives {STREET@home}, {TOWN@home}
cleared for position w/o restrictions
{HCP#md}""")
T.append("""urgent wc visit {DATE}
{PT} from {EMP@emp}, fell from ladder approx 6 ft at job site ({STREET#site}, {TOWN#sitetown})
foreman {PRO#foreman} witnessed
{FILL}
{FILL}
{FILL}
{FILL}
{FILL}
sent to {HOSP#ed} ed by {TRANS} for ct c-spine
called wife {REL#wife} {PHONE#wife}
insurer {INS@ins} first report of injury faxed {t}
{FILL}
{FILL}
{HCP#md}""")
