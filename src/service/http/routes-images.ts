import type { FastifyInstance, FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { ServiceRuntime } from '../../app/service-runtime.js';
import { openImageStore } from '../../store/images/open-image-store.js';
import type { ImageStore } from '../../store/images/image-store.js';
import { problemError } from './problem.js';

/**
 * `GET /v1/studies/:studyUid/images`: the indexed images of a study (`radlabel images scan|pull|import`),
 * with the same keyed pseudonyms as the labels (study UID as exported: `2.25.<hmac>` unless kept).
 * The image index is opened on the first request, so a service without images pays nothing.
 */
export function imageRoutes(rt: ServiceRuntime): FastifyPluginAsync {
  return async (plain: FastifyInstance) => {
    const app = plain.withTypeProvider<ZodTypeProvider>();
    let images: ImageStore | undefined;
    app.addHook('onClose', async () => {
      await images?.close();
    });
    app.get(
      '/v1/studies/:studyUid/images',
      {
        config: { role: 'read' },
        schema: { summary: 'Indexed images of a study (pseudonymised UIDs, view, modality, path or retrieve URL)', params: z.object({ studyUid: z.string().min(1).max(128) }) },
      },
      async (req) => {
        images ??= openImageStore(rt.ctx.config.db);
        const list = await images.imagesOfStudy(req.params.studyUid);
        if (!list.length) throw problemError('HTTP_NOT_FOUND', `no indexed images for study ${req.params.studyUid}`);
        return { studyUid: req.params.studyUid, images: list };
      },
    );
  };
}
