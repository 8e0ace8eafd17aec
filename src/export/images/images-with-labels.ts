import type { ImageRecord } from '../../domain/image.js';
import type { ImageStore, ReportLabels } from '../../store/images/image-store.js';

/** An image and the current labels of its study's report, when one is labelled. */
export interface LabelledImage {
  image: ImageRecord;
  labels?: ReportLabels;
}

/**
 * Streams the image index in (study, image) order, each image with the current labels of its
 * report: by report key (the accession's `acc-` id or the archive's study id), else by remapped
 * study UID (several reports on one study: the smallest report id, so the choice is stable).
 * Pages of `pageSize` images, one labels query per page: memory stays flat on any index size.
 */
export async function* imagesWithLabels(store: ImageStore, ontologyId: string, pageSize = 1000): AsyncIterable<LabelledImage> {
  let after: { studyId: string; imageId: string } | undefined;
  for (;;) {
    const page = await store.imagePage(after, pageSize);
    if (page.length === 0) return;
    const keys = [...new Set(page.map((i) => i.reportKey).filter((k): k is string => !!k))];
    const studies = [...new Set(page.map((i) => i.studyId))];
    const found = await store.labelsForImages(ontologyId, keys, studies);
    const byReport = new Map(found.map((l) => [l.reportId, l]));
    const byStudy = new Map<string, ReportLabels>();
    for (const l of [...found].sort((a, b) => (a.reportId < b.reportId ? 1 : -1))) if (l.studyUid) byStudy.set(l.studyUid, l);
    for (const image of page) {
      const labels = (image.reportKey ? byReport.get(image.reportKey) : undefined) ?? byStudy.get(image.studyId);
      yield labels ? { image, labels } : { image };
    }
    const last = page[page.length - 1]!;
    after = { studyId: last.studyId, imageId: last.imageId };
    if (page.length < pageSize) return;
  }
}
