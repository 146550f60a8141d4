import type { PageModel } from '../../page-model.ts';
import { CardList } from '../cards.view.tsx';
import { FactList } from '../facts.view.tsx';
import { HeroImage } from '../picture.view.tsx';
import { RichText } from '../rich-text.view.tsx';
import { langAttrs, pageHref, type ViewContext } from '../view-context.ts';

/** The home page: who the organisation is, its figures, the current campaign, the sections. */
export function HomeView({ ctx, model }: { ctx: ViewContext; model: PageModel }) {
  const { translation, document } = model.page;
  const image = typeof document.fields.image === 'string' ? model.images.get(document.fields.image) : undefined;
  const campaigns = model.children.filter((c) => c.document.type === 'campaign');
  const sections = model.children.filter(
    (c) => c.document.type === 'page' && model.menu.some((m) => m.documentId === c.document.id),
  );
  return (
    <article class="home">
      <header class="home__hero">
        <h1>{ctx.t('site.name')}</h1>
        {translation.summary ? <p class="lead">{translation.summary}</p> : null}
      </header>
      <HeroImage image={image} locale={translation.locale} />
      {campaigns.length > 0 ? (
        <section class="feature" aria-labelledby="featured">
          <h2 id="featured">{ctx.t('home.featured')}</h2>
          {campaigns.map((c) => (
            <div class="feature__item">
              <h3 class="feature__title" {...langAttrs(ctx, c.translation.locale, ctx.locale)}>
                <a href={ctx.href(ctx.linkLocale, c.path ?? '')}>{c.translation.title}</a>
              </h3>
              {c.translation.summary ? <p {...langAttrs(ctx, c.translation.locale, ctx.locale)}>{c.translation.summary}</p> : null}
              {c.translation.fields.hashtag ? (
                <p class="hashtag" {...langAttrs(ctx, c.translation.locale, ctx.locale)}>
                  {String(c.translation.fields.hashtag)}
                </p>
              ) : null}
            </div>
          ))}
        </section>
      ) : null}
      <FactList ctx={ctx} facts={model.facts} headingId="key-figures" />
      <RichText ctx={ctx} doc={translation.body} refs={model.refs} />
      <CardList ctx={ctx} docs={sections} headingId="sections" heading={ctx.t('home.sections')} />
    </article>
  );
}
