"""hemodialysis: outpatient dialysis run sheets and nephrology rounding notes (mixed case)."""

FILL = [
    "Pre BP {bp}, HR {hr}, T 36.{n}, pre wt {wt} kg, EDW {wt} kg, UF goal {kg} L",
    "Machine 2008T #{nn}, {sn}, alarms tested, conductivity 13.{n} ok",
    "Dialyzer Optiflux F180NR, {lot}, priming 300 mL NS",
    "Bath 2K/2.5Ca, Na 138, bicarb 35, Qb 400 Qd 600, 3 hr 45 min",
    "Access L upper arm AVF, +thrill/+bruit, cannulated 15g x2 w/o difficulty",
    "R IJ tunneled cath (Tesio), dressing CDI, locked with heparin 1000 u/mL per lumen",
    "Kt/V 1.{nn}, URR 7{n}%, nPCR 0.9, albumin 3.{n}",
    "Hgb 10.{n}, ferritin 4{nn}, TSAT 2{n}% -> {drug} per protocol",
    "Phos 6.{n}, PTH 5{nn}, Ca 8.{n} - binder adherence reviewed, diet handout given",
    "Intradialytic hypotension x1 at hr 2 (BP {bp}), UF off 15 min, NS 200 mL, resolved",
    "Post BP {bp}, post wt {wt} kg, net UF {kg} L, needles pulled, hemostasis 8 min",
    "Pt c/o cramping L calf at {t}, UF rate reduced, resolved",
    "Schedule MWF 2nd shift, chair {nn}; pt asks to move to TTS",
    "Brescia-Cimino fistula L wrist abandoned, now brachiocephalic AVF",
    "Seen on rounds, sitting up in chair, eating crackers, no SOB, lungs clear",
    "No s/s infection at exit site. Mupirocin applied.",
    "Dry weight challenged by 0.5 kg this week, tolerating",
    "Transplant eval: on list, PRA 12%, blood type O+",
    "Medications given: {drug}; {drug}",
    "Vitals q30 min stable, no chest pain, no SOB",
    "Fluid restriction 1 L/day reinforced, IDWG {kg} kg",
    "Reviewed with {HCPF#rn} RN at chairside, plan unchanged",
    "Water room check ok, chlorine <0.1 at {t}",
]

T = []
T.append("""OUTPATIENT HEMODIALYSIS RUN SHEET
Facility: {DUNIT@unit}   Chair {nn}   {day}
Patient: {PTLF}    MRN {MRN}    DOB {DOB}
Tx date: {DATE}   Start {t}  End {t}
Nephrologist: Dr. {HCPL@neph}
{FILL}
{FILL}
{FILL}
{FILL}
Pre-assessment of {PTI} by {HCP#rn}, RN
{FILL}
{FILL}
{FILL}
{FILL}
Transport home: {TRANS@van}, pickup called at {t} ({PHONE#van})
Charge nurse: {HCP#charge}, RN   PCT: {HCPF#pct}
Signed {HCPI#rn} {DATE}""")
T.append("""Nephrology Rounding Note - {DUNIT@unit}
Date of service: {DATE}
Pt: {PT}, {age} y/o with ESRD 2/2 DM nephropathy, HD since {YEAR}
Access: L BC AVF placed by Dr. {HCPL@vasc} at {HOSP@hosp} {DATEP}
{FILL}
{FILL}
{FILL}
{FILL}
Labs {MD}: see flowsheet
{FILL}
{FILL}
A/P:
1. ESRD on HD MWF - adequate, continue Rx
2. Anemia - {FILL}
3. CKD-MBD - {FILL}
4. Access - f/u {NEPHGRP@vascgrp} for fistulagram, appt {DATEN}
Discussed with pt and daughter {REL@dtr}.
{HCP@neph}, MD   pager {PAGER}""")
T.append("""HD Treatment Record    {DACR@unit}  Station {nn}
Name: {PT}   Acct {ACCT}
{DATET}
Prescription: 3.5 hr, 2K/2.5Ca, Qb 350, heparin 2000 u bolus
{FILL}
{FILL}
{FILL}
{FILL}
{FILL}
{FILL}
{t} pt reports dizziness, BP {bp}, Trendelenburg, NS 100 mL
{t} BP {bp}, symptoms resolved, UF resumed at lower rate
{FILL}
{FILL}
Pt left via {TRANS} with wife {REL@wife}.
RN: {HCP#rn}    Tech: {HCP#tech}""")
T.append("""Missed treatment / no-show note
{DUNIT@unit} - {TOWN@unitTown}, {STATE}
{PTLF}  DOB {DOB}
Pt did not arrive for {day} 1st shift on {DATE}.
Called home number {PHONE@home} at {t} - no answer. Called son {REL@son} at {PHONE#son}, states pt "was feeling fine last night".
Called {TRANS@van} dispatcher ({PRO#disp}) - driver arrived at {STREET@home}, no one answered the door.
{FILL}
{FILL}
Per policy notified Dr. {HCPL@neph} at {t}.
Wellness check requested via {TOWN@home} police.
Update {t}: son called back, pt admitted overnight to {HOSP@hosp} ({HACR@hosp}) for hyperkalemia, K 7.1.
{FILL}
Plan: will obtain records from {HACR@hosp}; hold chair {nn} through {DATEN}.
{FILL}
Social worker {HCP#sw}, LICSW aware.
{HCP#rn}, RN""")
T.append("""Vascular access surveillance - {DUNIT@unit}
Date: {DATE}
Patient {PT} (MRN {MRN})
Access history:
  - L RC AVF {YEAR} (Dr. {HCPL#v1}) - thrombosed
  - L BC AVF {YEAR}, superficialized {DATEP} by Dr. {HCPL@vasc}
  - s/p fistulagram with PTA x2 at {HOSP@ir}
{FILL}
{FILL}
Transonic flow {nn}00 mL/min (was 1100 on {DATEP})
Venous pressures rising, prolonged bleeding 20 min post needle pull x3 treatments
{FILL}
{FILL}
Referred back to Dr. {HCP@vasc} at {NEPHGRP@vascgrp}, tel {PHONE#vascph}
Fax sent {t}. Pt aware, will be called by scheduler {PRO#sched}.
{FILL}
{HCP#rn}, RN, access coordinator""")
T.append("""New patient admission to unit
{DUNIT@unit}, {STREET@unit}, {TOWN@unitTown} {ZIP}
Admit date {DATE}
{PT}, DOB {DOB}, transferred care from {DUNIT#prev} after move from {TOWN#oldtown}
Started HD {DATEP} inpatient at {HOSP@hosp}
Referring nephrologist Dr. {HCP#refneph}; attending here Dr. {HCP@neph}
PCP: {HCP#pcp}, {TOWN#pcptown}
Emergency contact: {REL@wife} (wife) {PHONE@home}
Insurance: Medicare + {INS} supplement, member ID {MEMBER}
{FILL}
{FILL}
{FILL}
{FILL}
{FILL}
{FILL}
Orientation to unit done by {HCPF#rn}; chair {nn}, {day}/{day}/{day} 2nd shift.
Hep B sAg neg {DATEP}. PPD neg.
{HCP#rn}, RN  /  {HCP#sw}, MSW""")
T.append("""Run sheet  {DATE}  {day}
{DUNIT@unit}  pod B  chair {nn}
{PTLF} ({PTI})
{FILL}
{FILL}
{FILL}
{FILL}
{FILL}
{FILL}
{FILL}
Notes: pt states granddaughter {REL#gd} will pick him up today instead of {TRANS@van}.
Called {TRANS@van} at {PHONE#van} to cancel ride - spoke w/ {PRO#disp}.
{FILL}
{FILL}
Initials: {HCPI#rn} / {HCPI#pct}""")
T.append("""Monthly Care Plan Meeting
{DUNIT@unit}
Date: {DATE}
Patient: {PT}   Age {AGE}   MRN {MRN}
Present: Dr. {HCP@neph} (nephrology), {HCP#rn} RN, {HCP#rd} RD, {HCP#sw} MSW, pt and health care proxy {REL@hcp}
Residence: {NH@nh}, {TOWN@nhtown}
{FILL}
{FILL}
{FILL}
Goals of care: pt {AGE} years old, increasingly fatigued post HD. Proxy {RELF@hcp} asks about conservative management.
Palliative care consult placed with Dr. {HCPL#pall} ({HOSP@hosp}).
{FILL}
{FILL}
Next meeting {DATEN}.
Copy to {NH@nh} DON, fax {PHONE#nhfax}""")
T.append("""Post-hospital return to unit
{DATE}
{PT} returns after admission {DATEP} - {DATE} at {HOSP@hosp}
Reason: HD catheter-related bacteremia (MSSA), cath exchanged over wire by IR (Dr. {HCPL#ir})
Discharge summary received from {HACR@hosp} hospitalist Dr. {HCP#hosp}.
Abx: cefazolin 2 g post HD x 4 wks, last dose {DATEN}
{FILL}
{FILL}
{FILL}
{FILL}
{FILL}
Blood cx repeat {MD} neg x48 h
New EDW set by Dr. {HCPL@neph}
{FILL}
RN {HCP#rn}""")
T.append("""Home dialysis training visit - {DUNIT@home}
Date {DATE}
Patient {PT}; care partner {REL@cp} (husband)
Home: {STREET@home}, {TOWN@home} {STATE}
NxStage system, {sn}, delivered by vendor {DATEP}
{FILL}
{FILL}
{FILL}
Training nurse {HCP#hhrn}, RN - session {n} of 20
Care partner demonstrated cannulation with buttonhole technique x2, good aseptic technique.
{FILL}
{FILL}
Pt to call on-call line {PHONE#oncall} for alarms or bleeding.
Reviewed with Dr. {HCPL@neph}.
{FILL}
{HCPI#hhrn}""")
T.append("""Flowsheet - {DACR@unit} - {DATET}
pt: {PTL}, {PTF}   chair {nn}   shift 3
time   BP       HR   Qb   VP   AP   UF
{t}   {bp}   {hr}   400  160  -180  0.{n}
{t}   {bp}   {hr}   400  170  -190  0.{n}
{t}   {bp}   {hr}   400  180  -200  0.{n}
{t}   {bp}   {hr}   350  175  -190  0.{n}
{FILL}
{FILL}
{FILL}
{FILL}
Comments: family member ({REL#fam}) called unit at {t} asking for update, pt consented.
{FILL}
RN {HCP#rn} / PCT {HCP#pct}
Dr. {HCPL@neph} rounded {t}""")
T.append("""Nephrology progress note
{PT}    seen at {DUNIT@unit} on {DATE}
Interval: Seen by cardiology Dr. {HCP#card} at {HOSP@hosp} {DATEP}, echo EF 40%.
Also had podiatry visit with {HCP#pod} for L foot ulcer.
{FILL}
{FILL}
{FILL}
{FILL}
{FILL}
{FILL}
Plan
- continue current Rx
- EDW down 0.5
- iron per protocol
- f/u with Dr. {HCPL#card} {DATEN}
{HCP@neph}, MD, {NEPHGRP@grp}
cc: {HCP#pcp}, MD""")
T.append("""Transportation incident report
{DUNIT@unit}  {DATE}
Pt {PT} picked up late by {TRANS@van} (scheduled {t}, arrived {t}).
Driver {PRO#drv} states van broke down on {STREET#road} in {TOWN#town}.
Treatment shortened to 2 hr 45 min, {FILL}
{FILL}
{FILL}
{FILL}
{FILL}
Complaint filed with {TRANS@van} office {PHONE#vanoffice}, ref {REF}.
Pt's daughter {REL@dtr} ({PHONE@dtr}) upset, requests different provider.
Social work ({HCP#sw}) to contact {INS} transportation benefit.
{FILL}
Charge RN {HCP#charge}""")
T.append("""HEMODIALYSIS - Treatment summary
Unit: {DUNIT@unit}
{PTLF}   MRN {MRN}   {DATE}
Pre:
{FILL}
{FILL}
Intra:
{FILL}
{FILL}
{FILL}
Post:
{FILL}
{FILL}
Meds: {drug}; {drug}
Ordered by Dr. {HCP@neph}, verbal order taken by {HCP#rn} RN at {t}
Next tx {DATEN}""")
T.append("""Access emergency
{DATET}  {DUNIT@unit}
{PT}: no thrill/bruit on arrival, access clotted.
Discussed with Dr. {HCPL@neph} by phone ({PHONE#nephcell}).
Called {NEPHGRP@vascgrp} - Dr. {HCP@vasc} unavailable, spoke to PA {HCP#pa}.
Arranged declot at {HOSP@ir} IR today, arrival {t}. Contact there: {HCP#irrn}, RN, ext {EXT}.
{FILL}
{FILL}
{FILL}
{FILL}
Pt's neighbor {BY#nbr} driving her to {HACR@ir}.
Will run on temporary cath if declot fails; chair held until {t}.
{FILL}
{FILL}
{HCP#rn}, RN""")
T.append("""Dietitian note - {DUNIT@unit}
{DATE}
{PT}, on HD since {YEAR}, lives with sister {REL#sis} in {TOWN@home}
Diet recall: {FILL}
{FILL}
{FILL}
{FILL}
{FILL}
{FILL}
Phos remains > 6 on Renvela 3 tabs TID; pt admits skipping lunch dose at work ({EMP}).
Education: low K list, phosphorus additives, portion sizes
Goal IDWG < 2.5 kg
{FILL}
Follow up {DATEN}
{HCP#rd}, RD, LDN  ext {EXT}""")
