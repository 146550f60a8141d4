import type { LocaleCode } from '../../../modules/locales/index.ts';
import type { ImageAsset } from '../../../modules/media/index.ts';
import { compareNames, countryName, formatList, languageName } from '../format.ts';
import { isFiltered, storyFilterQuery, type StoryListModel } from '../story-list.ts';
import { Picture } from './picture.view.tsx';
import { langAttrs, pageHref, type ViewContext } from './view-context.ts';

/**
 * A campaign's stories with filters by country, theme and caption language: a GET form, so every
 * filtered list has its own address to share, and it all works without script.
 */
export function StoryList({ ctx, list, path, images }: { ctx: ViewContext; list: StoryListModel; path: string; images: ReadonlyMap<string, ImageAsset> }) {
  const { filter } = list;
  const base = ctx.href(ctx.linkLocale, path);
  const byName = compareNames(ctx.locale);
  const countries = [...list.countries].sort((a, b) => byName(countryName(ctx.locale, a), countryName(ctx.locale, b)));
  return (
    <section class="stories" aria-labelledby="stories">
      <h2 id="stories">{ctx.t('campaign.stories')}</h2>
      <form class="filters" method="get" action={`${base}#stories`} role="search" aria-label={ctx.t('stories.filter.heading')}>
        <div class="filters__field">
          <label for="filter-country">{ctx.t('stories.filter.country')}</label>
          <select id="filter-country" name="country">
            <option value="">{ctx.t('stories.filter.any')}</option>
            {countries.map((code) => (
              <option value={code} selected={filter.country === code}>{countryName(ctx.locale, code)}</option>
            ))}
          </select>
        </div>
        <div class="filters__field">
          <label for="filter-theme">{ctx.t('stories.filter.theme')}</label>
          <select id="filter-theme" name="theme">
            <option value="">{ctx.t('stories.filter.any')}</option>
            {list.themes.map((theme) => (
              <option value={theme} selected={filter.theme === theme}>{ctx.t(`theme.${theme}` as 'theme.work')}</option>
            ))}
          </select>
        </div>
        <div class="filters__field">
          <label for="filter-captions">{ctx.t('stories.filter.captions')}</label>
          <select id="filter-captions" name="captions">
            <option value="">{ctx.t('stories.filter.any')}</option>
            {list.captionLocales.map((code) => (
              <option value={code} selected={filter.captions === code}>{languageName(ctx.locale, code)}</option>
            ))}
          </select>
        </div>
        <div class="filters__actions">
          <button type="submit" class="button">{ctx.t('stories.filter.submit')}</button>
          {isFiltered(filter) ? <a href={`${base}#stories`}>{ctx.t('stories.filter.reset')}</a> : null}
        </div>
      </form>
      <p class="stories__count" role="status">{ctx.t('stories.count', { count: list.total })}</p>
      {list.items.length > 0 ? (
        <ul class="cards__list">
          {list.items.map(({ story, captionLocales }) => {
            const image = typeof story.document.fields.image === 'string' ? images.get(story.document.fields.image) : undefined;
            return (
              <li class="card">
                {image ? (
                  <div class="card__image">
                    <Picture image={image} alt="" sizes="(min-width: 60em) 22rem, (min-width: 36em) 45vw, 100vw" />
                  </div>
                ) : null}
                <h3 class="card__title" {...langAttrs(ctx, story.translation.locale, ctx.locale)}>
                  <a href={ctx.href(ctx.linkLocale, story.path ?? '')}>{story.translation.title}</a>
                </h3>
                {story.translation.summary ? (
                  <p class="card__summary" {...langAttrs(ctx, story.translation.locale, ctx.locale)}>
                    {story.translation.summary}
                  </p>
                ) : null}
                {captionLocales.length > 0 ? (
                  <p class="card__meta">{ctx.t('stories.captionsIn', { languages: formatList(ctx.locale, captionLocales.map((c: LocaleCode) => languageName(ctx.locale, c))) })}</p>
                ) : null}
              </li>
            );
          })}
        </ul>
      ) : null}
      {list.pages > 1 ? (
        <nav class="pagination" aria-label={ctx.t('stories.pagination')}>
          {filter.page > 1 ? <a rel="prev" href={`${base}${storyFilterQuery(filter, filter.page - 1)}#stories`}>{ctx.t('stories.previous')}</a> : null}
          <span aria-current="page">{ctx.t('stories.page', { page: filter.page, pages: list.pages })}</span>
          {filter.page < list.pages ? <a rel="next" href={`${base}${storyFilterQuery(filter, filter.page + 1)}#stories`}>{ctx.t('stories.next')}</a> : null}
        </nav>
      ) : null}
    </section>
  );
}
