import { afterEach, describe, expect, it } from 'vitest';
import type { ImageRecord } from '../../../src/domain/image.js';
import type { ImageStore } from '../../../src/store/images/image-store.js';
import type { LabelStore, LabelledReport } from '../../../src/store/label-store.js';
import { labelled } from '../fixtures.js';

export interface StorePair {
  images: ImageStore;
  labels: LabelStore;
}

const ONT = 'chest-xr';

function img(imageId: string, studyId: string, o: Partial<ImageRecord> = {}): ImageRecord {
  return { imageId, studyId, source: 'scan', guard: ['ID:a10:abc'], modality: 'DX', view: 'PA', ...o };
}

/** A labelled report whose de-identified study UID is `studyUid`. */
function report(reportId: string, studyUid: string | undefined, r: Parameters<typeof labelled>[1] = {}, l: Parameters<typeof labelled>[2] = {}): LabelledReport {
  const x = labelled(reportId, r, l);
  if (studyUid === undefined) delete x.report.studyInstanceUid;
  else x.report.studyInstanceUid = studyUid;
  return x;
}

/**
 * The contract every image store passes (SQLite and PostgreSQL): idempotent upserts, keyset pages
 * in (study, image) order, the image → current labels join by report key and by study UID with
 * cancelled reports left out, the unmatched lists, and the pull's resume state.
 */
export function runImageStoreContract(name: string, open: () => Promise<StorePair>): void {
  describe(`image store contract: ${name}`, () => {
    const opened: StorePair[] = [];
    const fresh = async () => {
      const p = await open();
      opened.push(p);
      return p;
    };
    afterEach(async () => {
      for (const p of opened.splice(0)) {
        await p.images.close();
        await p.labels.close();
      }
    });

    it('upserts by image id: indexing again keeps one row with the latest fields', async () => {
      const { images } = await fresh();
      await images.saveImages([img('2.25.1', '2.25.9', { location: '/a/1.dcm' }), img('2.25.2', '2.25.9')]);
      await images.saveImages([img('2.25.1', '2.25.9', { location: '/b/1.dcm', view: 'AP' })]);
      expect(await images.counts()).toEqual({ images: 2, studies: 1 });
      const [first] = await images.imagesOfStudy('2.25.9');
      expect(first).toEqual(img('2.25.1', '2.25.9', { location: '/b/1.dcm', view: 'AP' }));
      // The same image twice in one batch: the last one wins.
      await images.saveImages([img('2.25.3', '2.25.8', { view: 'LL' }), img('2.25.3', '2.25.8', { view: 'PA' })]);
      expect((await images.imagesOfStudy('2.25.8')).map((i) => i.view)).toEqual(['PA']);
    });

    it('pages images in (study, image) order without gaps or repeats', async () => {
      const { images } = await fresh();
      const all = ['s3', 's1', 's2'].flatMap((s) => ['i3', 'i1', 'i2'].map((i) => img(`${s}.${i}`, s)));
      await images.saveImages(all);
      const seen: string[] = [];
      let after: { studyId: string; imageId: string } | undefined;
      for (;;) {
        const page = await images.imagePage(after, 4);
        seen.push(...page.map((p) => p.imageId));
        if (page.length < 4) break;
        after = { studyId: page[3]!.studyId, imageId: page[3]!.imageId };
      }
      expect(seen).toEqual(['s1', 's2', 's3'].flatMap((s) => ['i1', 'i2', 'i3'].map((i) => `${s}.${i}`)));
    });

    it('joins images to the current labels of their report, by report key or by study UID; cancelled reports give none', async () => {
      const { images, labels } = await fresh();
      await labels.saveLabelled([
        report('acc-1', '2.25.100', { versionKey: 'v1', status: 'preliminary' }, { ontologyId: ONT, value: 'negative' }),
        report('acc-1', '2.25.100', { versionKey: 'v2', status: 'final' }, { ontologyId: ONT, value: 'uncertain' }),
        report('acc-1', '2.25.100', { versionKey: 'v3', status: 'corrected' }, { ontologyId: ONT, value: 'positive' }),
        report('acc-2', '2.25.200', {}, { ontologyId: ONT }),
        report('acc-3', '2.25.300', { status: 'cancelled' }, { ontologyId: ONT }),
      ]);
      const found = await images.labelsForImages(ONT, ['acc-1', 'acc-3', 'acc-none'], ['2.25.200', '2.25.300']);
      const byId = new Map(found.map((f) => [f.reportId, f]));
      expect([...byId.keys()].sort()).toEqual(['acc-1', 'acc-2']);
      // Addendum (corrected) wins; the history keeps all three versions.
      expect(byId.get('acc-1')!.versionKey).toBe('v3');
      expect(byId.get('acc-1')!.labels.labels.pneumonia!.value).toBe('positive');
      expect((await labels.history('acc-1', ONT)).map((h) => h.versionKey)).toEqual(['v1', 'v2', 'v3']);
      expect(byId.get('acc-2')!.studyUid).toBe('2.25.200');
      expect(await images.labelsForImages('other-ontology', ['acc-1'], ['2.25.200'])).toEqual([]);
      expect(await images.labelsForImages(ONT, [], [])).toEqual([]);
    });

    it('counts and lists images without a labelled report and labelled reports without images', async () => {
      const { images, labels } = await fresh();
      await labels.saveLabelled([
        report('acc-1', '2.25.100', {}, { ontologyId: ONT }),
        report('acc-2', '2.25.200', {}, { ontologyId: ONT }),
        report('acc-4', undefined, {}, { ontologyId: ONT }),
        report('acc-5', '2.25.500', { status: 'cancelled' }, { ontologyId: ONT }),
      ]);
      await images.saveImages([
        img('i1', '2.25.100', { reportKey: 'acc-1' }),
        img('i2', '2.25.200'), // joins by study UID only
        img('i3', '2.25.300', { reportKey: 'acc-3' }),
        img('i4', '2.25.300', { reportKey: 'acc-3' }),
        img('i5', '2.25.500', { reportKey: 'acc-5' }), // its report is cancelled
      ]);
      const u = await images.unmatched(ONT, 10);
      expect(u.imagesWithoutReport).toBe(3);
      expect(u.studiesWithoutReport).toEqual([
        { studyId: '2.25.300', reportKey: 'acc-3', images: 2 },
        { studyId: '2.25.500', reportKey: 'acc-5', images: 1 },
      ]);
      expect(u.reportsWithoutImages).toBe(1);
      expect(u.reportIdsWithoutImages).toEqual(['acc-4']);
      const limited = await images.unmatched(ONT, 1);
      expect(limited.studiesWithoutReport).toHaveLength(1);
      expect(limited.imagesWithoutReport).toBe(3);
    });

    it('keeps a resume state per source', async () => {
      const { images } = await fresh();
      expect(await images.getSyncState('dicomweb:http://x')).toBeUndefined();
      await images.putSyncState('dicomweb:http://x', '{"offset":3}');
      await images.putSyncState('dicomweb:http://x', '{"offset":4}');
      expect(await images.getSyncState('dicomweb:http://x')).toBe('{"offset":4}');
    });
  });
}
