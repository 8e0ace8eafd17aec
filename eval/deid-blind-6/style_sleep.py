"""sleep-and-neurophysiology: PSG / EEG / EMG reports with interpreting physician sign-offs. Mixed, capital headers."""
import datetime as dt
from core import (Note, S, People, address_segs, date_span, rand_date, phone, mrn, TOWNS)

NAME = 'sleep-and-neurophysiology'
LABS = [('Dunmore Sleep & Neurodiagnostic Lab', 'DSNL'), ('Northgate University Sleep Disorders Center', 'NUSDC'),
        ('Kettle Springs Community Hospital EEG Lab', 'KSCH EEG'), ('Pelican Bay Children\'s Neurophysiology', 'PBCN'),
        ('Copperton Memorial Sleep Center', 'CMSC')]
DME = ['Apria-North Home Medical', 'Bramble Respiratory Supply', 'Lantern Home Health Equipment', 'Grange DME & Oxygen']
PSG_FILL = [
    'Total recording time 452 min, TST 381 min, sleep efficiency 84%.',
    'Sleep latency 12 min, REM latency 96 min. WASO 58 min.',
    'Stages: N1 9%, N2 58%, N3 14%, REM 19%.',
    'AHI 23.4/h (supine 41.2, non-supine 8.7), RDI 27.9, ODI 19.0.',
    'Nadir SpO2 82%, time below 88%: 14.6 min.',
    'PLM index 18/h, PLM arousal index 4/h.',
    'ECG: sinus rhythm, rare PVCs. Mean HR 68.',
    'CPAP titrated 5 to 11 cm H2O; optimal 10 cm H2O with residual AHI 2.1, supine REM observed.',
    'Mask: ResMed AirFit F20 medium full face; chin strap added at 02:14.',
    'Epworth Sleepiness Scale 14/24. STOP-BANG 6/8. Mallampati IV, BMI 36.2.',
    'Snoring moderate to loud. No parasomnias; no bruxism.',
    'Cheyne-Stokes respiration not observed. Central apnea index 0.8.',
    'MSLT: mean sleep latency 4.2 min with 3 SOREMPs in 5 naps.',
    'Scored per AASM Manual v3, 3% desaturation / arousal hypopnea rule.',
    'Grace period for CPAP compliance explained: use > 4 h on 70% of nights.',
    'Patient will bring own pillow next time; may need nasal pillows mask.',
]
EEG_FILL = [
    'Posterior dominant rhythm 9.5 Hz, reactive to eye opening, symmetric.',
    'Photic stimulation 1-30 Hz: symmetric driving, no photoparoxysmal response.',
    'Hyperventilation x 3 min with diffuse slowing, normal for age.',
    'Stage N2 sleep with vertex waves and spindles seen.',
    'Intermittent left temporal theta slowing (T3/F7), no epileptiform discharges.',
    'Occasional sharp waves at F8/T4, phase reversing at T4.',
    'Single-lead EKG: regular, 72 bpm.',
    'Montage: 10-20 system, 21 electrodes, impedances < 5 kOhm.',
    'Medications: levetiracetam 500 mg BID, lamotrigine 100 mg.',
]
EMG_FILL = [
    'Median motor (APB): distal latency 5.2 ms (nl < 4.4), amplitude 6.1 mV, CV 51 m/s.',
    'Ulnar motor (ADM): DL 2.9 ms, amp 9.8 mV, CV across elbow 48 m/s.',
    'Median sensory (digit 2): peak latency 4.1 ms, amp 12 uV.',
    'Sural sensory: amp 4 uV bilaterally, reduced for age.',
    'Needle EMG: fibrillations 1+ in APB, normal recruitment elsewhere.',
    'Tinel and Phalen signs positive at the wrist.',
    'F-wave latency 29.8 ms. H-reflex present bilaterally.',
    'Skin temp 32 C maintained with warming lamp.',
    'Impression consistent with moderate median neuropathy at the wrist (carpal tunnel syndrome).',
    'No electrodiagnostic evidence of C6-C7 radiculopathy or Guillain-Barre syndrome.',
]


def build(rng):
    people = People(rng)
    out = []
    pid = 1001
    while len(out) < 40:
        n_notes = min(rng.choice([1, 2, 2, 3]), 40 - len(out))
        pt = people.make()
        lab, acr = rng.choice(LABS)
        reader = people.make(0.2)
        referrer = people.make(0.2)
        ref_clinic = rng.choice(['Orchard Family Medicine', 'Harlow Valley Pulmonary', 'Northgate Neurology Clinic', 'Stoneford Primary Care', 'Redfern Kidney Center'])
        mr = mrn(rng)
        acc = f'{rng.choice(["PSG", "EEG", "NCS", "SL"])}{rng.randint(10, 26)}-{rng.randint(1000, 9999)}'
        d0 = rand_date(rng)
        dob = dt.date(rng.randint(1924, 2019), rng.randint(1, 12), rng.randint(1, 28))
        age = (d0 - dob).days // 365
        bed_partner = people.make(0.3)
        bed_partner.last = pt.last if rng.random() < 0.6 else bed_partner.last
        carry = [
            ['Referring: Dr. ', S(referrer.fmt(rng.choice(['fl', 'l', 'Fl', 'lf'])), 'HCPName'), ', ', S(ref_clinic, 'Location'), ', fax ', S(phone(rng), 'Phone')],
            ['History: ', rng.choice(['loud snoring and witnessed apneas per bed partner ', 'spells of staring and lip smacking per wife ', 'daytime sleepiness; fell asleep driving per spouse ']),
             S(bed_partner.fmt(rng.choice(['f', 'fl'])), 'RelativeProxyName'), '; ',
             *(['prior PSG ', S(str(rng.randint(2005, 2024)), 'DateYear'), ' at ', S(rng.choice(LABS)[1], 'Location'), ' (AHI 11).'] if rng.random() < 0.4
               else [rng.choice(['HTN, AFib.', 'no prior studies.', 'Parkinson disease, on ropinirole.'])])],
        ]
        sex = 'M' if pt.title == 'Mr.' else 'F'
        lab_addr = address_segs(rng)
        lab_phone = phone(rng)
        kinds = rng.sample(['psg', 'eeg', 'emg', 'psg'], 3)
        for k in range(n_notes):
            n = Note()
            d = d0 + dt.timedelta(days=k * rng.randint(14, 60))
            tech = people.make(0.3)
            kind = kinds[k]
            title = {'psg': rng.choice(['POLYSOMNOGRAPHY REPORT (DIAGNOSTIC)', 'SPLIT-NIGHT POLYSOMNOGRAM', 'CPAP TITRATION STUDY']),
                     'eeg': rng.choice(['ROUTINE EEG REPORT', 'SLEEP-DEPRIVED EEG', '24-HOUR AMBULATORY EEG']),
                     'emg': 'NERVE CONDUCTION STUDY / EMG REPORT'}[kind]
            n.line(S(lab, 'Location'), ' (', S(acr, 'Location'), ')') if rng.random() < 0.6 else n.line(S(acr, 'Location'), ' - ', S(lab, 'Location'))
            if rng.random() < 0.5:
                n.line(*lab_addr, '  Ph ', S(lab_phone, 'Phone'))
            n.line(title)
            n.line('Patient: ', S(pt.fmt(rng.choice(['lfm', 'lf', 'fl', 'LFcaps'])), 'PTName'), '   DOB: ', date_span(rng, dob, ['mdY', 'mdy', 'dMonY']),
                   '   Age: ', S(str(age), 'Age') if age > 89 else str(age), '   Sex: ', sex)
            n.line('MRN: ', S(mr, 'Other'), '   Study #: ', S(acc if k == 0 else acc[:-1] + str(k), 'Other'), '   Study date: ', date_span(rng, d), *([' to ', date_span(rng, d + dt.timedelta(days=1), ['md'])] if kind == 'psg' and rng.random() < 0.4 else []))
            n.extend(carry if k == 0 or rng.random() < 0.6 else carry[:1])
            n.blank()
            if kind == 'psg':
                fill = PSG_FILL
                n.line('Lights out 22:', f'{rng.randint(0, 59):02d}', ', lights on 05:', f'{rng.randint(0, 59):02d}', '. Room ', S(str(rng.randint(1, 8)), 'Other'), '.')
            elif kind == 'eeg':
                fill = EEG_FILL
                n.line('Indication: ', rng.choice(['first unprovoked seizure', 'altered mental status', 'spells', 'syncope vs seizure']), '. State: awake and drowsy.')
            else:
                fill = EMG_FILL
                n.line('Indication: ', rng.choice(['R hand numbness', 'bilateral paresthesias', 'L foot drop']), ' x ', str(rng.randint(2, 18)), ' months.')
            for f in rng.sample(fill, rng.randint(4, min(8, len(fill)))):
                n.line(f)
            if rng.random() < 0.4:
                n.line('Event log: pt called tech at ', f'0{rng.randint(1, 4)}:{rng.randint(0, 59):02d}', ' to use restroom; ', rng.choice(['brief', 'returned in 6 min']), '.')
            if kind == 'psg' and rng.random() < 0.6:
                n.line('CPAP order sent to ', S(rng.choice(DME), 'Location'), ' (', S(rng.choice(TOWNS), 'Location'), '), ph ', S(phone(rng), 'Phone'), '.')
            if rng.random() < 0.4:
                n.line('Compared with prior study of ', date_span(rng, d - dt.timedelta(days=rng.randint(200, 1500)), ['mdY', 'MonthY', 'mY', 'MonthdY']), ': ', rng.choice(['worse', 'unchanged', 'improved']), '.')
            n.blank()
            n.line('IMPRESSION:')
            n.line({'psg': rng.choice(['1. Moderate obstructive sleep apnea (AHI 23.4).', '1. Severe OSA, REM-predominant.', '1. Mild OSA, positional.']),
                    'eeg': rng.choice(['1. Abnormal EEG due to left temporal slowing.', '1. Normal awake and asleep EEG.', '1. Abnormal EEG: right temporal sharp waves.']),
                    'emg': rng.choice(['1. Moderate left median neuropathy at the wrist.', '1. Mild bilateral carpal tunnel syndrome.', '1. Normal study.'])}[kind])
            n.line('2. ', {'psg': rng.choice(['Recommend CPAP 10 cm H2O and f/u in sleep clinic 6-8 weeks.', 'Positional therapy; consider oral appliance.']),
                           'eeg': rng.choice(['Clinical correlation advised.', 'Consider MRI brain with epilepsy protocol.']),
                           'emg': rng.choice(['Wrist splint at night; hand surgery referral if no improvement.', 'Clinical correlation advised.'])}[kind])
            if kind == 'psg' and rng.random() < 0.4:
                n.blank()
                n.line('HOURLY SUMMARY   AHI   SpO2 min   position   stage')
                for h in range(rng.randint(6, 8)):
                    n.line(f'{(22 + h) % 24:02d}:00            {rng.uniform(0, 45):4.1f}   {rng.randint(78, 94)}%        {rng.choice(["supine", "left", "right", "prone"])}     {rng.choice(["N2", "N3", "REM", "N1", "W"])}')
            n.blank()
            n.line('Technologist: ', S(tech.fmt(rng.choice(['fl', 'f'])), 'HCPName'), rng.choice([', RPSGT', ', R. EEG T.', ', CNCT', ', RST']),
                   ' (', S(tech.initials(rng.random() < 0.3), 'HCPName'), ')')
            if rng.random() < 0.3:
                n.line('Montage labels and video checked against pt initials ', S(pt.initials(rng.random() < 0.4), 'PTNameInitial'), '.')
            if rng.random() < 0.25:
                n.line('Scored by ', S(people.make(0.3).initials(), 'HCPName'), '; QA ', S(people.make(0.3).initials(), 'HCPName'))
            n.line('Interpreting physician: ', S(reader.fmt(rng.choice(['fml', 'fl', 'lf'])), 'HCPName'), rng.choice([', MD, D-ABSM', ', DO', ', MD (Clinical Neurophysiology)', ', MD']))
            n.line('Electronically signed ', date_span(rng, d + dt.timedelta(days=rng.randint(1, 5)), ['mdY', 'iso', 'dMonY', 'MonthdY']), ' ', f'{rng.randint(6, 20):02d}:{rng.randint(0, 59):02d}')
            n.line('cc: Dr. ', S(referrer.fmt('l'), 'HCPName'), rng.choice(['', '; patient portal']))
            out.append((str(pid), str(k + 1), n))
        pid += 1
    return out[:40]


def case_fn_factory(rng):
    def fn(i, segs):
        return 'upper' if rng.random() < 0.1 else None
    return fn
