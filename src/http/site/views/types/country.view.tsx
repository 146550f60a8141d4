import { countryName } from '../../format.ts';
import type { PageModel } from '../../page-model.ts';
import { CardList } from '../cards.view.tsx';
import { FactList } from '../facts.view.tsx';
import { HeadRow } from '../portrait.view.tsx';
import { RichText } from '../rich-text.view.tsx';
import { langAttrs, type ViewContext } from '../view-context.ts';
import { regionKey } from '../where-we-work.view.tsx';

/**
 * A country where the organisation works: where it sits and since when, its office and who leads
 * it, its key figures, then the stories and statements tagged with it.
 */
export function CountryView({ ctx, model }: { ctx: ViewContext; model: PageModel }) {
  const { translation, document } = model.page;
  const { head, countryContent } = model;
  const fields = document.fields;
  const code = String(fields.code ?? '');
  const text = (value: unknown) => (typeof value === 'string' && value !== '' ? value : undefined);
  const officeName = text(translation.fields.officeName);
  const address = text(translation.fields.address);
  const email = text(fields.email);
  const phone = text(fields.phone);
  const website = text(fields.website);
  const hasOffice = address || email || phone || website;
  return (
    <article class="page country">
      <header class="page__header">
        <h1>{translation.title || countryName(ctx.locale, code)}</h1>
        {translation.summary ? <p class="lead">{translation.summary}</p> : null}
      </header>
      <dl class="meta">
        <div class="meta__row">
          <dt>{ctx.t('country.region')}</dt>
          <dd>{ctx.t(regionKey(String(fields.region)))}</dd>
        </div>
        {typeof fields.presenceSince === 'number' ? (
          <div class="meta__row">
            <dt>{ctx.t('country.presenceSince')}</dt>
            <dd>{String(fields.presenceSince)}</dd>
          </div>
        ) : null}
        {head ? <HeadRow ctx={ctx} label={ctx.t('country.head')} head={head} images={model.images} /> : null}
      </dl>
      <FactList ctx={ctx} facts={model.facts} headingId="key-figures" />
      <RichText ctx={ctx} doc={translation.body} refs={model.refs} />
      {hasOffice ? (
        <section class="office-card" aria-labelledby="office">
          <h2 id="office">{officeName ?? ctx.t('country.office')}</h2>
          <dl class="office-card__details">
            {address ? (
              <div>
                <dt>{ctx.t('country.address')}</dt>
                <dd>
                  <address class="office-card__address">{address}</address>
                </dd>
              </div>
            ) : null}
            {email ? (
              <div>
                <dt>{ctx.t('country.email')}</dt>
                <dd>
                  <a href={`mailto:${email}`} dir="ltr">
                    {email}
                  </a>
                </dd>
              </div>
            ) : null}
            {phone ? (
              <div>
                <dt>{ctx.t('country.phone')}</dt>
                <dd>
                  <a href={`tel:${phone.replace(/[^0-9+]/g, '')}`} dir="ltr">
                    {phone}
                  </a>
                </dd>
              </div>
            ) : null}
            {website ? (
              <div>
                <dt>{ctx.t('country.website')}</dt>
                <dd>
                  <a href={website} dir="ltr">
                    {new URL(website).host}
                  </a>
                </dd>
              </div>
            ) : null}
          </dl>
        </section>
      ) : null}
      {countryContent ? (
        <>
          <CardList ctx={ctx} docs={countryContent.statements} headingId="country-statements" heading={ctx.t('country.statements')} />
          <CardList ctx={ctx} docs={countryContent.stories} headingId="country-stories" heading={ctx.t('country.stories')} images={model.images} />
        </>
      ) : null}
    </article>
  );
}
