import type { LocalizedDocument } from '../../../modules/content/index.ts';
import type { ImageAsset } from '../../../modules/media/index.ts';
import type { OfficeNode } from '../page-model.ts';
import { ForeignText } from './foreign-text.view.tsx';
import { Portrait } from './portrait.view.tsx';
import { langAttrs, type ViewContext } from './view-context.ts';

/**
 * The organisation chart. The markup is nested lists, so screen readers and a phone get the hierarchy
 * as a list; at desktop width site.css draws the same lists as boxes joined by connector lines.
 */
export function OfficeChart({
  ctx,
  nodes,
  images,
  headingKey = 'office.chart',
}: {
  ctx: ViewContext;
  nodes: readonly OfficeNode[];
  /** The heads' portraits, by image id. */
  images: ReadonlyMap<string, ImageAsset>;
  headingKey?: 'office.chart' | 'office.units';
}) {
  if (nodes.length === 0) return null;
  return (
    <section class="org-chart" aria-labelledby="org-chart">
      <h2 id="org-chart">{ctx.t(headingKey)}</h2>
      <OfficeList ctx={ctx} nodes={nodes} images={images} />
    </section>
  );
}

function OfficeList({ ctx, nodes, images }: { ctx: ViewContext; nodes: readonly OfficeNode[]; images: ReadonlyMap<string, ImageAsset> }) {
  return (
    <ul class="org-chart__list">
      {nodes.map((node) => (
        <li class="org-chart__unit">
          <OfficeBox ctx={ctx} node={node} images={images} />
          {node.units.length > 0 ? <OfficeList ctx={ctx} nodes={node.units} images={images} /> : null}
        </li>
      ))}
    </ul>
  );
}

/** One box: the office's name, its head's portrait (or initials), name and role; the whole box links to the office's page. */
function OfficeBox({ ctx, node, images }: { ctx: ViewContext; node: OfficeNode; images: ReadonlyMap<string, ImageAsset> }) {
  const { office, head } = node;
  const content = (
    <>
      {/* alt="": the head's name is written in the same box, inside the same link (see Portrait). */}
      {head ? <Portrait person={head} images={images} sizes="4.5rem" class="org-chart__portrait" /> : null}
      <span class="org-chart__text">
        <ForeignText ctx={ctx} locale={office.translation.locale} pageLocale={ctx.locale}>
          <span class="org-chart__office">{office.translation.title}</span>
        </ForeignText>
        {head ? <HeadLines ctx={ctx} head={head} officeTitle={office.translation.title} /> : null}
      </span>
    </>
  );
  return office.path !== undefined ? (
    <a class="org-chart__box" href={ctx.href(ctx.linkLocale, office.path)}>
      {content}
    </a>
  ) : (
    <div class="org-chart__box">{content}</div>
  );
}

function HeadLines({ ctx, head, officeTitle }: { ctx: ViewContext; head: LocalizedDocument; officeTitle: string }) {
  const role = typeof head.translation.fields.role === 'string' ? head.translation.fields.role : '';
  return (
    <span class="org-chart__person" {...langAttrs(ctx, head.translation.locale, ctx.locale)}>
      <span class="org-chart__head">{head.translation.title}</span>
      {/* Most heads' roles repeat their office's name ("Directrice générale"); say it once. */}
      {role !== '' && role !== officeTitle ? <span class="org-chart__role">{role}</span> : null}
    </span>
  );
}
