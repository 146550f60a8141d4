import type { MenuEntry } from '../../../modules/content/index.ts';
import { ForeignText } from './foreign-text.view.tsx';
import { pageHref, type ViewContext } from './view-context.ts';

/**
 * The main menu without JavaScript: each section is a native disclosure (<details>), which
 * keyboards and screen readers operate as they would any button, and which still works when
 * scripts or styles fail to load.
 */
export function MainMenu({ ctx, menu, currentPath }: { ctx: ViewContext; menu: readonly MenuEntry[]; currentPath: string | undefined }) {
  return (
    <nav class="main-nav" aria-label={ctx.t('nav.main')}>
      <ul class="main-nav__list">
        {menu.map((section) => {
          const inSection = currentPath !== undefined && isWithin(currentPath, section.path);
          if (section.children.length === 0) {
            return (
              <li class="main-nav__item">
                <MenuLink ctx={ctx} entry={section} currentPath={currentPath} className={inSection ? 'main-nav__top is-active' : 'main-nav__top'} />
              </li>
            );
          }
          return (
            <li class="main-nav__item">
              <details class="main-nav__section">
                <summary class={inSection ? 'main-nav__top is-active' : 'main-nav__top'}>
                  <ForeignText ctx={ctx} locale={section.labelLocale} pageLocale={ctx.locale}>
                    {section.label}
                  </ForeignText>
                </summary>
                <ul class="main-nav__panel">
                  <li>
                    <MenuLink ctx={ctx} entry={section} currentPath={currentPath} className="main-nav__overview" />
                  </li>
                  {section.children.map((child) => (
                    <li>
                      <MenuLink ctx={ctx} entry={child} currentPath={currentPath} />
                      {child.children.length > 0 ? (
                        <ul class="main-nav__sub">
                          {child.children.map((grandchild) => (
                            <li>
                              <MenuLink ctx={ctx} entry={grandchild} currentPath={currentPath} />
                            </li>
                          ))}
                        </ul>
                      ) : null}
                    </li>
                  ))}
                </ul>
              </details>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}

function MenuLink({ ctx, entry, currentPath, className }: { ctx: ViewContext; entry: MenuEntry; currentPath: string | undefined; className?: string }) {
  return (
    <a
      href={ctx.href(ctx.linkLocale, entry.path)}
      class={className}
      aria-current={entry.path === currentPath ? 'page' : undefined}
    >
      <ForeignText ctx={ctx} locale={entry.labelLocale} pageLocale={ctx.locale}>
        {entry.label}
      </ForeignText>
    </a>
  );
}

function isWithin(path: string, sectionPath: string): boolean {
  return path === sectionPath || path.startsWith(`${sectionPath}/`);
}
