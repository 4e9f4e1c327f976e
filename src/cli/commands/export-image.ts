import ELK from 'elkjs/lib/elk.bundled.js';
import { mapImage, PAGE_SHAPE } from '../../core/diagram/map-image.ts';
import { estimateWidth } from '../../core/diagram/text.ts';
import { svgFile, viewImageSvg } from '../../core/diagram/view-image.ts';
import { IMAGE_FONT, layoutViewImage } from '../../core/diagram/view-image-layout.ts';
import { setDataLanguage } from '../../core/i18n/data.ts';
import { IMAGE_WORDS } from '../../core/i18n/image-words.ts';
import { isLanguage, type Language } from '../../core/i18n/language.ts';
import { forExport } from '../../core/i18n/localize.ts';
import { exportDocument } from '../../core/io/json.ts';
import { laidOutPositions, needsLayout } from '../../core/layout/drawing-positions.ts';
import type { ElkEngine } from '../../core/layout/layout.ts';
import { placeUnpositioned } from '../../core/layout/place.ts';
import { metamodelFor } from '../../core/metamodel/registry.ts';
import { elementsInView } from '../../core/model/queries.ts';
import type { RefDocument } from '../../core/model/schema.ts';

export interface ImageChoices {
  /** The view to draw; default the model's first. */
  view: string | undefined;
  /** Default as in the app: the process map when the view has more elements than the design goals allow. */
  level: 'map' | 'detail' | undefined;
  /** --lang when given; undefined keeps the model's own language. */
  language: Language | undefined;
}

/**
 * A view as the app's image export writes it (white background, legend and title, the model in its metadata):
 * the same core drawing, laid out by the same ELK, with text measured by core's deterministic estimate.
 */
export async function viewImageFile(
  model: RefDocument,
  c: ImageChoices,
): Promise<{ text: string; warnings: string[] }> {
  const own = model.meta.language?.split('-')[0];
  const language = c.language ?? (isLanguage(own) ? own : 'en');
  // Type labels and category names follow the image's language, as the app's do with its interface language.
  await setDataLanguage(language);
  const { doc, note } = forExport(model, c.language);
  const view = doc.views.find((v) => v.id === c.view) ?? doc.views[0];
  if (!view) throw new Error('the model has no view to draw');
  const metamodel = metamodelFor(doc);
  const size = elementsInView(doc, view).length;
  const level = c.level ?? (size > doc.designGoals.maxElementsPerView ? 'map' : 'detail');
  const warnings = note ? [note] : [];
  let svg: string;
  if (level === 'map') {
    svg = mapImage(doc, view, metamodel, {
      legend: true,
      background: 'white',
      fontFamily: IMAGE_FONT,
      shape: PAGE_SHAPE,
    }).svg.trimEnd();
  } else {
    const elk = () => Promise.resolve(new ELK() as unknown as ElkEngine);
    const positions = needsLayout(doc, view)
      ? await laidOutPositions(doc, view, metamodel, elk)
      : placeUnpositioned(doc, view, metamodel);
    const words = IMAGE_WORDS[language];
    const drawing = layoutViewImage(
      doc,
      view,
      metamodel,
      positions,
      { legend: true, labels: false, words },
      estimateWidth,
    );
    svg = viewImageSvg(drawing, { background: 'white', words });
  }
  return { text: svgFile(svg, exportDocument(model)), warnings };
}
