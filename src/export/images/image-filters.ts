import type { ImageRecord } from '../../domain/image.js';
import type { Ontology } from '../../domain/ontology.js';
import type { StudyLabels } from '../../domain/labels.js';
import { RadlabelError } from '../../errors/index.js';
import { cellFor } from '../label-cells.js';

/** Modalities that are not images to train on: structured reports, secondary captures, presentation states, key objects, documents. */
export const NON_IMAGE_MODALITIES: readonly string[] = ['SR', 'OT', 'PR', 'KO', 'DOC', 'REG', 'SEG', 'RTSTRUCT', 'RTDOSE', 'RTPLAN'];
/** SOP class prefixes left out whatever the modality says: every SR class (dose reports among them) and secondary capture. */
const NON_IMAGE_CLASSES = ['1.2.840.10008.5.1.4.1.1.88.', '1.2.840.10008.5.1.4.1.1.7'];

/** View names that stand for a group of View Position values. */
const VIEW_GROUPS: Readonly<Record<string, readonly string[]>> = {
  FRONTAL: ['PA', 'AP', 'APS', 'APL', 'PAS', 'PAL'],
  LATERAL: ['LL', 'RL', 'LAT', 'LATERAL', 'LLD', 'RLD'],
};

export interface ImageFilter {
  /** Views to keep (expanded groups); when undefined every view but `LOCALIZER`. */
  views?: ReadonlySet<string>;
  /** Modalities to keep; when undefined every modality but {@link NON_IMAGE_MODALITIES}. */
  modalities?: ReadonlySet<string>;
}

function list(v: string | undefined): string[] {
  return (v ?? '').split(',').map((x) => x.trim().toUpperCase()).filter(Boolean);
}

/** `--views PA,AP` / `--views FRONTAL` and `--modalities CR,DX` as a filter. */
export function parseImageFilter(views: string | undefined, modalities: string | undefined): ImageFilter {
  const f: ImageFilter = {};
  const v = list(views);
  if (v.length) f.views = new Set(v.flatMap((x) => [x, ...(VIEW_GROUPS[x] ?? [])]));
  const m = list(modalities);
  if (m.length) f.modalities = new Set(m);
  return f;
}

/** Whether an image passes the view and modality filter. */
export function keepImage(img: ImageRecord, f: ImageFilter): boolean {
  if (f.modalities) {
    if (!img.modality || !f.modalities.has(img.modality)) return false;
  } else {
    if (img.modality && NON_IMAGE_MODALITIES.includes(img.modality)) return false;
    if (img.sopClassUid && NON_IMAGE_CLASSES.some((c) => img.sopClassUid!.startsWith(c))) return false;
  }
  if (f.views) return !!img.view && f.views.has(img.view);
  // Localisers (scouts) only plan the real acquisition: left out unless a --views list names them.
  return img.view !== 'LOCALIZER';
}

/** One `--where` condition: the label's exported cell must be one of `cells`. */
export interface WhereCondition {
  label: string;
  cells: ReadonlySet<string>;
}

/**
 * Parses `--where "Pneumothorax=1,Pleural Effusion=1|-1"`: conditions joined by commas, all must
 * hold; values are the ontology's exported cells (`1`, `0`, `-1`, empty for not mentioned) joined
 * by `|`. Unknown labels are a usage error naming them.
 */
export function parseWhere(expr: string | undefined, ontology: Ontology): WhereCondition[] {
  if (!expr || !expr.trim()) return [];
  const ids = new Map(ontology.labels.map((l) => [l.id.toLowerCase(), l.id]));
  return expr.split(',').map((part) => {
    const eq = part.indexOf('=');
    if (eq <= 0) throw new RadlabelError('USAGE', `--where expects LABEL=VALUE conditions separated by commas; got '${part.trim()}'.`);
    const name = part.slice(0, eq).trim();
    const label = ids.get(name.toLowerCase());
    if (!label) throw new RadlabelError('USAGE', `--where names '${name}', which is not a label of ontology ${ontology.id}.`);
    return { label, cells: new Set(part.slice(eq + 1).split('|').map((c) => c.trim())) };
  });
}

/** Whether a study's labels satisfy every condition. */
export function matchesWhere(labels: StudyLabels, where: readonly WhereCondition[], ontology: Ontology): boolean {
  return where.every((w) => w.cells.has(cellFor(labels.labels[w.label]?.value, ontology)));
}
