import { describe, expect, it } from 'vitest';
import { detectPhi } from '../../src/deid/detect.js';

// Invented notes of two classes of bilingual instructions (src/deid/patterns.ts): a date written in
// Spanish (rules/en/deid-pattern-cues.yaml foreignDates), and an age over 89 after "Age/Edad".
const found = (text: string, category: string) =>
  detectPhi(text, undefined, { model: null })
    .filter((s) => s.category === category)
    .map((s) => text.slice(s.start, s.end));

describe('a date written in Spanish', () => {
  it.each([
    ['Cita de seguimiento con Dr. Ward el 3 de noviembre a las 7:30 AM.', '3 de noviembre'],
    ['Puede regresar al trabajo el lunes 27 de octubre.', 'lunes 27 de octubre'],
    ['SEGUIMIENTO EN LA CLINICA EL JUEVES 5 DE FEBRERO.', 'JUEVES 5 DE FEBRERO'],
    ['Fecha de la cirugia: 14 de marzo de 2025.', '14 de marzo de 2025'],
    ['Usuario creado el miércoles 2 de julio.', 'miércoles 2 de julio'],
  ])('%j', (text, date) => {
    expect(found(text, 'DATE')).toEqual([date]);
  });
});

describe('a number before "de" that is no date', () => {
  it.each(['Lesion is 2 de novo per path.', 'Julio Ortega, 3 de 5 doses given.', 'Take 1 de las pastillas.', 'Referred to Mayo Clinic.'])('%j', (text) => {
    expect(found(text, 'DATE')).toEqual([]);
  });
});

describe('an age over 89 after a bilingual age label', () => {
  it.each([
    ['Patient: Guy Urias  Age/Edad: 92', '92'],
    ['PACIENTE: ROSA VEGA  AGE / EDAD: 95', '95'],
    ['age/edad 101, lives alone', '101'],
    ['Name: T. Lund   Age/Edad:90   MRN 55120', '90'],
  ])('%j', (text, age) => {
    expect(found(text, 'AGE')).toEqual([age]);
  });

  it.each(['Age/Edad: 45', 'Age/Edad: 89 (cumple 90 en mayo)', 'Edad: 92 kg'])('%j keeps its age', (text) => {
    expect(found(text, 'AGE')).toEqual([]);
  });
});
