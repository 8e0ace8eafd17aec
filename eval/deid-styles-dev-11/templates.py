"""Templates of deid-styles-dev-11, written for this set. Tokens in braces are filled by generate.py:
persons {pt.fmt} (patient), {dr1.fmt} {rn1} {cra1} {co1} {aud1} {sw1} {st1} {np1} {rd1} {pi1} {sc1} {int1}
{tch1} {coach1} {sup1} (HCPName), {rel1} {lay1} (RelativeProxyName); institutions by pool kind
({hosp1}, {sponsor1}, {fac1} ... , .acr for acronyms, .miss for slips); {town1} {state} {zip} {street};
dates {vdate} {date:lo:hi} {dtime} {dob} {my} {year}; {age}; {phone} {ext} {pager}; {mrn} {subj} {scr}
{site} {inmate} {booking} {badge} {member} {acc} {docket} {email:key} (Other); not PHI: {n:lo-hi}
{f:lo-hi} {pick:a|b} {t} {sex} {he} {his} {mr} {nn}. A leading [kid] / [adult] / [old] / [later] limits a
body block to such patients / later notes."""

AGE_RANGE = {'research-coordinator': (21, 84), 'correctional-health': (18, 71),
             'ent-audiology': (2, 88), 'nutrition-bariatric': (19, 68)}
OLD_SHARE = {'research-coordinator': 0.12, 'correctional-health': 0.0,
             'ent-audiology': 0.1, 'nutrition-bariatric': 0.0}

RESEARCH = {
    'upper_share': 0.04,
    'header': [
        """STUDY VISIT NOTE - {sponsor1} protocol {pick:VLT-301|ORB-2207|KES-114-02|HLB-0456|PYX-CM-12}
Site {site} / PI: {pi1.fml}, MD
Subject ID: {subj}    Initials: {pt.ini}    Visit date: {vdate}
""",
        """Research Coordinator Note
Study: {pick:A Phase 3, Randomized, Double-Blind Study of Oral Velcanib in Moderate-to-Severe Plaque Psoriasis|Open-label extension of ORB-2207 in NASH with F2-F3 fibrosis|A Phase 2b dose-ranging study of KB-114 in heart failure with preserved EF}
Sponsor: {sponsor1}   CRO: {cro1}
Participant: {pt.lf}   MRN {mrn}   DOB {dob}   Age {age}
Date of visit: {vdate}   Coordinator: {sc1.full}, CCRC
""",
        """From: {sc1.full} <{email:sc1}>
Sent: {dtime:0:0}
To: {cra1.full} <{email:cra1}>
Subject: RE: Subject {subj} - Visit {n:2-9} data entry / open queries
""",
        """{pick:CLINICAL RESEARCH OFFICE|Clinical Trials Unit|Office of Clinical Research}, {hosp1}
{street}, {town1}, {state} {zip}   tel {phone}  fax {phone}
SUBJECT {subj} ({pt.ini}) -- {pick:Screening|Baseline/Day 1|Week 12|Week 24|Unscheduled|End of Treatment} visit {vdate}
""",
        """Trial visit - {pt.full}, {age} y/o {sex}, enrolled {date:-200:-20} at site {site}
Protocol {pick:TES-ONC-03|ARG-N-551|LUM-22-07} ({sponsor1}); IRB: {irb1}
""",
        """{pick:Consent discussion|Informed consent process note|Re-consent documentation}  {vdate} {t}
Pt: {pt.last}, {pt.first}  (screening no. {scr})
""",
    ],
    'body': [
        """Informed consent: ICF version {n:2-6}.{n:0-3} dated {date:-300:-30} (IRB approved {date:-320:-31}) reviewed with {pt.first} in clinic room {n:1-14}.
Questions answered re: randomization, placebo, travel reimbursement. Signed at {t}; copy given.
Witness: {st1.full}. Pt chose to also sign optional genetics sub-study consent.
""",
        """[old]LAR present: {rel1.full} ({pick:daughter|son|wife|husband|niece}), phone {phone}, signed as legally authorized representative;
pt assented verbally. Capacity assessment done by {dr1.il} on {date:-5:0}.
""",
        """Eligibility reviewed with PI {pi1.last} - inclusion 1-{n:8-14} met, exclusion #{n:3-19} ({pick:eGFR < 30|recent MI|prior biologic|ALT > 3x ULN}) NOT met.
Eligibility confirmed in EDC {date:-3:0}; randomized via IWRS at {t}, confirmation no. {acc}.
""",
        """Visit window: Day {n:28-180} +/- {n:3-7} days, target {date:-2:4}; pt seen within window.
Next visit (V{n:4-12}) scheduled {date:20:60} - reminder card given, also texted to {phone}.
""",
        """Labs drawn by {rn1.full}, RN at {t}: central lab kit {acc} shipped to {lab1} via courier same day.
Local safety labs sent to {hosp1.acr} lab; PK sample at 2 h post-dose, tube spun 10 min at 1500 g.
""",
        """AE review: pt reports {pick:mild headache x2 days|nausea after dosing|injection site redness 3 cm|URI symptoms|fall at home without injury} starting {date:-20:-3}, resolved {date:-2:0}.
Assessed by sub-I Dr.{dr1.last} as {pick:not related|possibly related|unlikely related}; grade {n:1-2}. No SAE criteria met.
""",
        """SAE: pt admitted to {hosp2} in {town2} on {date:-14:-4} for {pick:pneumonia|chest pain, MI ruled out|acute kidney injury|syncope}. Reported to {sponsor1} safety within 24 h
(report # {acc}); records requested from {hosp2.acr} HIM, contact {st2.full} {phone} {ext}.
""",
        """Monitoring visit by CRA {cra1.full} ({cro1}) on {date:-10:-1}: SDV of V1-V{n:3-6} completed.
Findings: {pick:missing ICF page 7 initials|temp log gap in drug fridge|late AE entry|vital signs transcription error}; CAPA filed, {cra1.last} to re-check at next IMV.
""",
        """IP accountability: kit #{n:10000-99999} dispensed, {n:20-60} tabs returned of {n:60-90}; compliance {n:80-100}%.
Pt reminded to bring bottles. IP stored 2-8 C in Pharmacy Rm B{n:10-40}; temp excursion none.
""",
        """Travel: pt lives in {town1.miss}, ~{n:20-140} miles; stipend ${n:25-150}/visit via ClinCard. Ride arranged with {rel1.first} ({rel1.full}, {phone}).
""",
        """[later]Query from {cro1} (monitor {cra2.il}): "please clarify weight at V{n:2-5}, entered {n:60-120} kg vs source". Resolved {date:-4:0}, source corrected by {sc1.inil}.
""",
        """IRB correspondence: continuing review submitted to {irb1} {date:-60:-10}; approval letter received {date:-9:-1}.
Deviation #{n:1-30} (visit out of window) reported {date:-30:-10}; IRB ack by {st3.full}.
""",
        """Concomitant meds reconciled: {pick:metformin 1000 mg BID, lisinopril 10 mg daily|atorvastatin 40 mg, aspirin 81 mg|sertraline 50 mg, levothyroxine 88 mcg}.
Prohibited med check negative; pt was told to call {sc1.first} at {phone} before any new Rx from {pharm1}.
""",
        """PCP notified of participation: letter faxed to {dr3.il} at {clinic1}, fax {phone}, on {date:-30:-1}.
""",
        """ECG: 12-lead in triplicate at {t}; QTcF {n:390-450} ms; read by cardiology {dr2.last}. Uploaded to central reader portal (transfer id {acc}).
""",
        """Pt wants to withdraw from optional PK sub-study only; remains in main study. Discussed with {pi1.last} {date:-2:0}.
E-mail confirmation from participant: {email:pt}.
""",
        """[later]Prior visit summary (V{n:2-6}, {date:-120:-20}): stable, no AEs, {pick:PASI 75 reached|ALT normalized|NYHA II unchanged}. Coordinator then was {sc2.full}.
""",
        """Medical history per source docs: {pick:plaque psoriasis|NASH|HFpEF|type 2 diabetes} dx {year}; {pick:MI|appendectomy|cholecystectomy|TKA} {year} at {hosp2}; records from {dr3.fml}.
""",
        """Emergency contact on file: {rel2.full}, {pick:sister|brother|partner|friend}, {phone}; lives {street}, {town2}.
""",
        """Subject reached by phone {dtime:-6:-1}: confirmed next visit; no new hospitalizations. Spoke w/ {pt.first} directly, call back # {phone}.
""",
        """Uploaded to eReg: ICF_{subj}_v{n:2-6}_signed.pdf, ECG_V{n:2-9}_{subj}.xml ({date:-2:0}).
""",
        """Visit schedule:
  V{n:1-3}  Screening   {date:-90:-60:us}   done
  V{n:4-6}  Baseline    {date:-59:-30:us}   done
  V{n:7-9}  Week 12     {vdate.us}   today
  V{n:10-12} Week 24     {date:60:120:us}   planned
""",
    ],
    'signoff': [
        """Documented by: {sc1.full}, CCRC   {vdate} {t}
Reviewed: Dr.{pi1.last} (Principal Investigator)
""",
        """Thanks,
{sc1.first}
{sc1.full} | Clinical Research Coordinator | {hosp1}
Office {phone} {ext} | {email:sc1}
""",
        """-- {sc1.ini} / {pi1.ini}
cc: {cra1.full} ({cro1}); regulatory binder
""",
        """Signed electronically by {sc1.lf}, BSN on {dtime:0:0}
Co-signed: {dr1.full}, MD, sub-investigator
""",
        """Entered into {pick:EDC|Medidata Rave|OnCore} by {sc1.il} {vdate}. PI sign-off pending ({pi1.last}).
""",
    ],
    'free': [
        'Vitals: BP 132/84, HR 71, T 36.7 C, RR 16, SpO2 98% RA; weight 84.2 kg.',
        'PASI 12.4 -> 3.1 (75% improvement); IGA 1; BSA 4%.',
        'Randomization stratified by region and prior biologic; 2:1 active:placebo.',
        'MoCA 27/30; C-SSRS negative; PHQ-9 of 4.',
        'KCCQ-12 summary 68; 6MWT 412 m; NYHA class II.',
        'Dosing diary reviewed: 2 missed doses (Day 41, Day 43).',
        'Fasting labs: glucose 104, HbA1c 6.1%, ALT 38, AST 29, Cr 0.94.',
        'ECOG 1. RECIST 1.1: stable disease, sum of diameters 54 mm (baseline 57 mm).',
        'Kaplan-Meier plots are not part of visit documentation.',
        'Per protocol section 8.3.2 the Week 12 visit includes PK draw at 0, 1, 2 and 4 h.',
        'Drug fridge log 2.4-7.1 C since last visit; no excursions.',
        'Pt had FibroScan 9.8 kPa, CAP 312 dB/m.',
        'Hy law criteria not met. Child-Pugh A5.',
        'No pregnancy: urine hCG negative at 09:15.',
        'Second dose given in room 6; observed 30 min, no reaction.',
        'Case report form pages 14-22 completed; 3 open queries outstanding.',
        'Parkinson disease excluded per history; no Cushing features.',
        'Protocol amendment 3 adds a Week 36 phone visit.',
        'Pt remains blinded; unblinding envelope intact in binder 2.',
        'Patient is a pleasant 61 year old mail here for week twelve visit.',
        'Subjects dairy reviewed, no missed doses since last visit.',
    ],
    'tags': ['Consent note copied from screening visit:', '(copied fwd from V1)', 'Prior coordinator note - copied:',
             'From last monitoring visit (unchanged):'],
}

CORRECTIONAL = {
    'upper_share': 0.14,
    'header': [
        """{fac1} - MEDICAL UNIT
SICK CALL ENCOUNTER   Date: {vdate}  Time: {t}
Inmate: {pt.LF}   IM#: {inmate}   Housing: {pick:B-Pod cell 14|Unit 3 North, bunk 22L|Max C-112|Dorm 6 bed 31|Seg 2-07|Intake holding 4}
""",
        """INFIRMARY PROGRESS NOTE -- {fac1.acr}
Pt: {pt.lfm}  Booking # {booking}  DOB {dob}  Age {age}  (outside records spell it {pt.miss})
Date/time: {dtime:0:0}
""",
        """Health Services Request (kite) received {date:-3:0}; triaged by {rn1.il}, LPN.
Patient {pt.full} #{inmate}, {fac1}, seen {vdate}.
""",
        """INTAKE SCREENING - {fac1}
Arresting agency: {police1}  Arresting officer: {co1.full} badge {badge}
Name: {pt.upper}, {pt.first}   Booked {dtime:0:0}   Booking no {booking}
""",
        """Chronic Care Clinic - {pick:HTN/DM|HIV|Hep C|Seizure d/o|Asthma} -- {fac1}
{pt.lf} ({pt.ini})  DOC# {inmate}   seen {vdate} by {np1.full}, NP
""",
    ],
    'body': [
        """S: "{pick:my tooth been killing me 3 days|I cant breathe at night|sugar been running high|my ankle swole up after rec|chest hurts when I lay down}." States symptoms began around {date:-10:-1}.
Escorted to medical by CO {co1.last} ({co1.full}, badge {badge}) in restraints per policy.
""",
        """Cellmate ({lay1.full}) reported to officer that pt was "shaking on the floor" at {t}; Sgt {co2.last} called medical emergency (Code Blue Pod {pick:C|D|F}).
Nurse {rn1.full} responded, found pt post-ictal, BG 112.
""",
        """Outside trip: sent to {hosp1} ER via {transport1} at {t} on {date:-4:0}, escorted by officers {co1.il} and {co2.il}.
Returned {date:-2:0} with discharge papers; ED doc {dr2.full}; dx {pick:non-displaced 5th MC fracture|NSTEMI ruled out|pneumonia|kidney stone 4 mm}.
""",
        """Court: next court date {date:3:40} at {court1}, case {docket}; pt worried about missing meds - meds to go with transport.
Public defender {lay2.full} called medical asking for records; ROI on file, fax {phone}.
""",
        """Meds verified with community pharmacy {pharm1} in {town1} ({phone}) - last fill {date:-60:-5}.
Prior prescriber {dr3.fml} at {clinic1}. Bridged per protocol; KOP card issued.
""",
        """Detox: COWS {n:4-16} at {t}, CIWA {n:0-12}. Reports using fentanyl daily until arrest {date:-3:0}.
MOUD: buprenorphine continued from {clinic1} program (counselor {sw1.full}, {phone}).
""",
        """Release planning: projected release date {date:20:200}; going to {rel1.full} ({pick:mother|aunt|girlfriend|brother}) at {street}, {town2}, {state} {zip}.
Reentry case manager {sw2.full} ({agency2}) {phone} {ext}; Medicaid application sent {date:-9:-1}.
""",
        """Transfer: arrived from {fac2} on {date:-30:-1}; transfer summary reviewed, signed by {rn2.full}, RN.
Outstanding consult: ortho at {hosp2} (appt {date:5:45}) - do NOT tell pt date/time (security).
""",
        """Use of force incident {dtime:-2:0}: post-UOF exam; abrasions L forearm 2 x 3 cm, no LOC.
OC spray exposure - decontaminated; officers involved per incident report {acc} (Lt {co3.last}).
""",
        """Hunger strike day {n:2-9}: weight {n:58-110} kg (admission {n:60-112} kg), refuses meals since {date:-9:-2}. Mental health ({sw1.il}, LCSW) notified; warden {co3.full} informed at {t}.
""",
        """Family called ({rel1.first}, {phone}) asking about pt's health; no info given without release - referred to {fac1} health services admin {st1.full} {ext}.
""",
        """Dental: extraction #{n:1-32} by {dr1.il}, DDS on {date:-10:0}; Rx ibuprofen 600 mg TID x 5 d.
""",
        """Suicide watch: placed on constant observation {dtime:-2:0} after statement to CO {co2.fi} Safety smock, finger foods.
Psych {dr2.full} evaluated next AM; prior attempt {year} (per {rel2.full}, sister).
""",
        """Off-site dialysis MWF at {hosp2.acr} dialysis unit; transport {transport1}; last run {date:-3:-1}; nephrologist {dr3.last}.
""",
        """Pre-booking medical clearance at {hosp1} by {dr2.il} {date:-2:0}; arresting officer {co1.full} ({police1}) brought pt in.
""",
        """[later]Previous sick call {date:-40:-5} ({rn2.il}): same complaint, given acetaminophen, told to re-kite if worse.
""",
        """Work assignment: kitchen worker - medically cleared except no lifting > 20 lb; supervisor Officer {co3.il} notified.
Prior job before incarceration: {employer1} in {town1}.
""",
        """MAR excerpt:
  0600  metformin 500 mg   given   {rn1.ini}
  0600  lisinopril 20 mg   refused {rn1.ini}
  1800  metformin 500 mg   given   {rn2.ini}
""",
        """Approved phone list reviewed for release-of-info: {rel1.full} {phone}; {lay1.full} (friend) {phone}. Pt requests we call {rel1.first} only.
""",
        """Hep C: Ab+ {my}, VL {n:100000-4000000} IU/mL; DAA approval request to {agency3} {date:-20:-2} (ref {acc}).
""",
        """[female]Pregnancy: LMP {date:-80:-40}; OB appt at {hosp1} OB clinic {date:3:20}; shackling restrictions per state law.
""",
    ],
    'signoff': [
        """{rn1.full}, RN   {vdate} {t}
""",
        """Seen and examined. Plan as above.
{np1.fml}, FNP-C  /  {dr1.full}, MD (site medical director)
""",
        """Electronically signed: {dr1.lf}, DO {dtime:0:0}
Copy: custody file; {fac1} HSA
""",
        """-- {rn1.ini}/{co1.inil}
""",
        """Note by {rn2.il}, LPN for {np1.last}, NP. Pt returned to housing with CO {co2.last} at {t}.
""",
    ],
    'free': [
        'BP 148/96, P 88, R 18, T 98.4 F, SpO2 97% RA, BG 214 (fingerstick).',
        'Pt returned to B-Pod cell 14 ambulatory.',
        'Peak flow 320 L/min (predicted 510).',
        'Pupils 3 mm equal reactive; Romberg negative; gait steady.',
        'Wound 4 cm laceration repaired with 5 sutures 4-0 nylon; Steri-Strips applied.',
        'Naloxone 4 mg IN x1 at 0214 with response; Narcan kit restocked.',
        'TB screen: PPD 0 mm at 48 h; CXR not indicated.',
        'Diet: diabetic 2000 kcal, snack bag at HS.',
        'No keep-on-person meds; meds via pill line 0600 and 1800.',
        'PHQ-9 of 14; C-SSRS screen positive for passive ideation only.',
        'Lower bunk pass issued x 90 days.',
        'Fluoxetine 20 mg PO daily; metformin 500 mg BID; lisinopril 20 mg daily.',
        'Glasgow Coma Scale 15. Battle sign absent; no raccoon eyes.',
        'Boxer fracture suspected; ice, ulnar gutter splint.',
        'Cell 2-07 checked q15 min per log.',
        'Pt refuses vitals; refusal form signed and witnessed.',
        'Sallyport transfer 0730; returned 1645.',
        'Commissary restricted: no salt packets per HTN plan.',
        'INMATE REFUSED TO COME OUT OF CELL FOR SICK CALL, RE-SCHEDULED FOR AM.',
        'Pt states "I aint taking that pill no more".',
    ],
    'tags': ['(copied from intake screening)', 'Prior sick call note - carried forward:', 'Transfer summary (copied):',
             'From infirmary admission note:'],
}

ENT = {
    'upper_share': 0.04,
    'header': [
        """{entclinic1}
{street}, {town2}, {state} {zip} | Ph {phone} | Fax {phone}
AUDIOLOGIC EVALUATION   Patient: {pt.full}   DOB: {dob}   MRN: {mrn}   Date: {vdate}
""",
        """ENT Clinic Note - {hosp1}
{pt.lf}  {age}{sex}  seen {vdate} by {dr1.full}, MD; audiology {aud1.full}, Au.D., CCC-A
""",
        """Cochlear Implant Programming / Mapping Session #{n:2-14}
Recipient: {pt.full} ({pt.ini})   Activation: {date:-700:-30}   Surgeon: {dr1.il}   Date: {vdate}
""",
        """HEARING AID FITTING / VERIFICATION - {entclinic1}
Pt {pt.last}, {pt.first}  {age} yo  DOB {dob}  Ref by {dr2.fml} ({clinic1})
""",
        """Telephone encounter {dtime:0:0} - {aud1.il}, AuD
Caller: {pick:patient|mother|father|school nurse|employer HR} re: {pt.full} (MRN {mrn})
""",
        """re: {pt.first} {pt.last}   dob {dob}
{pick:Tympanostomy tube follow-up|Sudden SNHL follow-up|Vertigo clinic|Tinnitus evaluation} {vdate}
""",
        """[kid]PEDIATRIC AUDIOLOGY - {entclinic1}
Child: {pt.full}  ({age} y)  DOB {dob}  accompanied by {rel1.full}
Visit {vdate}  audiologist {aud1.fml}, AuD
""",
    ],
    'body': [
        """[adult]History: {pick:gradual bilateral hearing loss x 5 yrs|sudden R hearing loss on waking|recurrent AOM, 6 episodes this year|episodic vertigo with aural fullness|constant high-pitched tinnitus L}; onset around {my}.
Noise exposure at {employer1} ({pick:forklift|stamping press|baggage ramp|sawmill}) since {year}; uses foam plugs inconsistently.
""",
        """[kid]Teacher of the Deaf {tch1.full} at {school1} reports pt misses instructions in the cafeteria and gym; 504 meeting {date:5:40}.
FM / remote mic system loaned by {school1} district (contact {tch2.il}, {phone} {ext}).
""",
        """[kid]Parent {rel1.full} present ({pick:mother|father|grandmother|foster mother}); contact {phone}. {rel1.first} asks about IEP accommodations and preferential seating.
""",
        """[adult]Workplace: {pick:call-center agent|line cook|teacher|warehouse picker|pastor} at {employer1}; requesting amplified phone and captioning. Letter to supervisor {sup1.full} given {vdate}.
""",
        """Audiogram table (dB HL):
 Hz    250  500  1k   2k   3k   4k   6k   8k
 R     {n:10-30}   {n:15-35}   {n:20-40}   {n:30-55}   {n:40-65}   {n:45-75}   {n:50-80}   {n:50-85}
 L     {n:10-30}   {n:15-35}   {n:20-45}   {n:30-60}   {n:40-70}   {n:50-80}   {n:55-85}   {n:55-90}
Tested by {aud1.il}, Au.D., insert earphones, reliability good.
""",
        """Cochlear implant: {pick:R|L} CI placed {date:-800:-60} at {hosp2} by {dr2.fml}; processor SN {n:1000000-9999999}, magnet strength 3.
Map {n:3-9}: T/C levels adjusted electrodes 4-18; impedances normal. Next mapping {date:14:60}.
""",
        """Hearing aids: bilateral RIC, {pick:premium|standard|OTC-comparable} tier, ordered {date:-30:-7} through {vendor1} (tel {phone}); serial L {n:100000-999999} / R {n:100000-999999}.
REM verified to NAL-NL2 targets within 5 dB at 500-4000 Hz. Insurance {insurer1} benefit $2,500 q3y, member ID {member}.
""",
        """Outside records from {entclinic2} (filed under "{pt.miss}, {pt.first}"), audiogram dated {date:-500:-60} (by {aud2.full}): mild-moderate SNHL, similar thresholds.
""",
        """Tinnitus handicap inventory 46; counseling; referred to {sw1.full}, LICSW, for CBT-i. Pt's spouse {rel2.full} joins by phone {phone}.
""",
        """Vestibular: VNG {date:-20:-3} showed R unilateral weakness 34%; Dix-Hallpike negative bilaterally; Epley not indicated.
VEMP ordered at {hosp1.acr} balance lab ({phone}).
""",
        """[kid]Newborn hearing screen at {hosp2}: refer R on {date:-900:-300}; ABR at {entclinic2} {date:-880:-200} - mild conductive.
Early intervention coordinator {sw2.full} ({phone}) following.
""",
        """Interpreter: ASL interpreter {int1.full} present for visit ({pick:in person|via VRI}). Pt prefers texting: {phone}.
""",
        """Captioned phone (CapTel) registered to {phone}; state EDP voucher applied {date:-40:-5}. CI mentor {lay1.full} from {pick:peer program|church|HLAA chapter} in {town2}.
""",
        """[kid]Audiology note for {school1} IEP team (attn {tch1.il}, Speech-Language Pathologist): seat pt near teacher, captioned videos, remote mic during lessons; re-test {date:150:200}.
""",
        """Surgery: {pick:tympanoplasty|stapedectomy|BAHA placement|myringotomy with tubes|CI revision} scheduled {date:7:60} at {hosp1} with {dr1.last}; pre-op at {clinic1}.
""",
        """[later]Last visit ({date:-120:-14}, {aud2.il}): WRS R 84% L 76% at MCL; tymps type A bilaterally.
""",
        """E-mail from pt {email:pt} on {date:-6:-1}: "hearing aid whistles on the phone". Replied by {aud1.first} ({aud1.full}).
""",
        """Referral to {entclinic2} for second opinion per {insurer1} requirement; auth # {acc}; fax {phone} attn {st1.full}.
""",
        """[old]Lives with {rel1.full} in {town1}; {rel1.first} manages batteries and cleaning. Hx of falls {year}; cognitive screen normal.
""",
        """[adult]Driving: commercial license; DOT hearing standard discussed - whisper test passed. Employer {employer1} nurse {st2.full} requested form by {date:3:20}.
""",
    ],
    'signoff': [
        """{aud1.full}, Au.D., CCC-A
Licensed Audiologist #{badge}   {entclinic1}   {phone}
""",
        """Electronically signed by {dr1.fml}, MD, FACS (Otolaryngology) on {dtime:0:0}
cc: {dr2.full} ({clinic1}); {pick:parent|pt|school}
""",
        """-- {aud1.ini}/{st1.inil}   D: {vdate}  T: {date:0:2}
""",
        """Thank you for this referral.
Sincerely,
{dr1.full}, MD
{hosp1} Department of Otolaryngology, {street}, {town2}, {state} {zip}
""",
    ],
    'free': [
        'Otoscopy: TMs intact, no effusion; canals clear of cerumen.',
        'Weber lateralizes to L; Rinne AC > BC bilaterally at 512 Hz.',
        'Tympanometry: Jerger type A R, type B L (flat, ECV 0.9 mL).',
        'PTA R 38 dB HL, L 52 dB HL; SRT agrees within 5 dB.',
        'Carhart notch at 2 kHz L - consider otosclerosis.',
        'Stenger negative. Acoustic reflexes present ipsi/contra at 1 kHz.',
        'DPOAEs absent 2-6 kHz bilaterally.',
        'Meniere disease criteria (AAO-HNS) not fully met.',
        'QuickSIN SNR loss 6.5 dB (moderate).',
        'Prednisone 60 mg daily x 7 d then taper; intratympanic dexamethasone 10 mg/mL offered.',
        'Eustachian tube dysfunction; Valsalva maneuver produces TM movement.',
        'Cerumen removed by curette under microscope, room 4.',
        'Ling 6 sounds detected at 3 ft with CI alone.',
        'Batteries size 312, approx 5-7 days life; rechargeable option discussed.',
        'HINT in quiet 92%; AzBio sentences 64% in +10 SNR.',
        'Rosenmuller fossa clear on scope; no nasopharyngeal mass.',
        'Hearing aid datalogging: 11.2 h/day average use.',
        'Grace period for return: 45 days from fitting.',
        'Patient reports her left here is worse than the right in noise.',
        'Hearing aids cleaned, wax guards changed, domes 8 mm open.',
    ],
    'tags': ['(copied from prior audiogram note)', 'Prior history - carried forward:', 'From initial CI evaluation:',
             'Previous fitting note (unchanged):'],
}

NUTRITION = {
    'upper_share': 0.04,
    'header': [
        """{bari1} - Medical Nutrition Therapy
Patient: {pt.full}   DOB {dob}   MRN {mrn}   Visit {nn} of 6 (insurance-required)   Date {vdate}
RD: {rd1.full}, RD, LDN
""",
        """BARIATRIC PRE-OP DIETITIAN ASSESSMENT   {vdate}
{pt.lf}  {age} yo {sex}  Surgeon: Dr. {dr1.last}  Procedure planned: {pick:RYGB|sleeve gastrectomy|SADI-S|revision sleeve to RYGB}
""",
        """Post-op nutrition visit - {pick:2 week|6 week|3 month|6 month|1 year} - {pt.first} {pt.last} ({pt.ini})
Surgery date {date:-400:-14} at {hosp1} ({dr1.fml})
""",
        """Outpatient Dietitian Note  -  {clinic1}
Name: {pt.last}, {pt.first}    Seen: {dtime:0:0}    Referred by {np1.fml}, NP
""",
        """Fax to {insurer1} Prior Authorization Dept  fax {phone}
RE: {pt.full}  Member ID {member}  DOB {dob}  - documentation of supervised weight loss
""",
    ],
    'body': [
        """Weights (lb):
 {date:-150:-120:md}   {n:290-340}
 {date:-119:-80:md}   {n:285-335}
 {date:-79:-30:md}   {n:280-330}
 {vdate.md}   {n:275-325}   BMI {f:40-52}
""",
        """24-h recall: B - {pick:2 eggs, toast|protein shake 30 g|skipped}; L - {pick:turkey wrap|fast food burger, fries|salad w/ chicken}; D - {pick:pasta 2 cups|grilled fish, rice|takeout pizza 3 slices}; snacks {pick:chips|nuts|ice cream}.
Eats out ~{n:2-7}x/wk, mostly at {pick:drive-thrus|work cafeteria|buffets} near {employer1}.
""",
        """Insurance: {insurer1} requires {n:3-6} consecutive monthly MNT visits + psych eval; visits so far {date:-120:-90}, {date:-89:-60}, {date:-59:-30}.
Case manager at {insurer1}: {st1.full}, {phone} {ext}.
""",
        """Psych evaluation completed {date:-45:-5} by {dr2.full}, PsyD - cleared with recommendation to attend support group.
""",
        """Support group: attends {group1} at {venue1} ({pick:1st Tuesday|every Thursday 6 pm|2nd and 4th Mondays}); facilitator {sw1.full}. Peer mentor {lay1.first} ({lay1.full}).
""",
        """Activity: walking {n:10-40} min {n:2-6}x/wk; joined {gym1} in {town2} on {date:-90:-10}; trainer {coach1.il}. Aquatic class at {gym2}.
""",
        """Food access: SNAP recipient; uses {foodbank1} monthly; shops at {grocery1} on {street}. Husband/partner {rel1.full} does most cooking.
""",
        """Labs {date:-30:-2} ({lab1}): ferritin {n:8-80}, B12 {n:180-900}, vit D 25-OH {n:11-45}, thiamine {n:60-180}, A1c {f:5.2-9.4}%.
""",
        """Post-op diet stage {pick:2 full liquids|3 pureed|4 soft|5 regular}; protein goal {n:60-90} g/day; fluids 64 oz between meals.
Dumping symptoms {pick:none|after ice cream x2|after juice}; reviewed 30/30 rule.
""",
        """Vitamins: bariatric MVI chewable BID, calcium citrate 500 mg TID, B12 1000 mcg SL, iron 45 mg; purchases at {pharm1} ({phone}).
""",
        """[later]Pt says weight at {employer1} nurse scale {date:-14:-3} was {n:230-300} lb. Coworker {lay2.full} started the same program at {bari1}.
""",
        """Family hx: mother ({rel2.full}) had sleeve {year} at {hosp2}; sister with T2DM.
""",
        """Social: church potlucks at {church1} weekly are a challenge; step-count challenge with coworker {lay2.first} ({lay2.full}). Lives in {town1} ({zip}).
""",
        """Surgeon clinic ({dr1.last}) note {date:-30:-3}: pre-op liquid diet starts {date:5:30}; surgery scheduled {date:14:60}. Pre-op class at {bari1} attended with {rel1.first}.
""",
        """Phone f/u {dtime:-10:-1}: pt reports vomiting after solids; advised to go back to soft diet; called back at {phone}. Message left for {np1.il}.
""",
        """WIC/SNAP referral placed; pt's daughter {rel3.full} (age {n:2-15}) enrolled at {school1} free lunch program.
""",
        """Prior weight-loss attempts: {pick:WW x 2 yrs|phentermine x 3 mo|keto|Medifast|semaglutide, stopped for cost}; max wt {n:320-420} lb in {year}; lowest adult wt {n:180-240} lb.
""",
        """E-mailed meal plan + shake list to {email:pt} on {vdate}; pt will log in food diary app and share with {rd1.first}.
""",
    ],
    'signoff': [
        """{rd1.full}, MS, RD, LDN, CSOWM   {vdate}
{bari1} | {phone} {ext}
""",
        """Time spent: {n:30-60} min face-to-face (97802 x{n:2-4}).
-- {rd1.ini}
""",
        """Signed: {rd1.lf}, RDN  {dtime:0:0}
cc: Dr. {dr1.fml}; {pick:PCP|insurer file}
""",
        """Please call with questions.
{rd1.first} {rd1.last}, RD
Bariatric Dietitian, {bari1}
Office {phone} / fax {phone}
""",
    ],
    'free': [
        'Ht 65 in; Wt 312.4 lb; BMI 52.0; waist 51 in.',
        'REE by Mifflin-St Jeor 2210 kcal; goal 1500-1700 kcal/day.',
        'Harris-Benedict not used; indirect calorimetry unavailable.',
        'Protein shake 30 g x 2 daily; avoid carbonation and straws.',
        'Wernicke risk discussed: report vomiting > 3 days; thiamine 100 mg daily.',
        'Excess weight loss 38% at 6 months.',
        'Roux-en-Y: 150 cm Roux limb; Petersen defect closed.',
        'Chew 20-30 times, 20-min meals, stop at first fullness.',
        'Sleeve: no NSAIDs; PPI x 6 months.',
        'Grace period for missed visit per program: 2 weeks.',
        'Pt set SMART goal: 3 walks/week, 20 min, track steps (avg 4,200).',
        'A1c 7.8% -> 6.4%; metformin 500 mg BID.',
        'Body fat 48% by BIA; fat-free mass 71 kg.',
        'Hope to reach 220 lb before the wedding.',
        'Dietary Reference Intake for iron 18 mg/day; ferritin low.',
        'Mini Nutritional Assessment score 22/30.',
        'Food frequency questionnaire reviewed; sugar-sweetened beverages 3/day.',
        'Stage 1 clear liquids POD 1; Stage 2 POD 2 through week 2.',
        'Patient drinks 2 bottles of pop a day, discussed whey protein isolate in stead.',
        'Pt lost 14 lb since last visit (6.3 kg).',
    ],
    'tags': ['(copied from initial assessment)', 'Weight history - carried forward:', 'Prior MNT visit note copied:',
             'From pre-op assessment (unchanged):'],
}

STYLES = {'research-coordinator': RESEARCH, 'correctional-health': CORRECTIONAL,
          'ent-audiology': ENT, 'nutrition-bariatric': NUTRITION}
