import type { Theme } from '../../api/types.js';
import { darken, hasTextContrast, readableTextOn } from './contrast.js';

const PAGE_BACKGROUND = '#ffffff';

/**
 * Maps a municipality's theme onto NL Design System (utrecht) design tokens. A colour that would not
 * reach 4.5:1 contrast for text is corrected (text on a colour) or left at the accessible default.
 */
export function themeTokens(theme: Theme | undefined): Record<string, string> {
  const tokens: Record<string, string> = {};
  if (!theme) return tokens;

  const primary = theme.primaryColor;
  if (primary) {
    const onPrimary = theme.primaryTextColor && hasTextContrast(theme.primaryTextColor, primary) ? theme.primaryTextColor : readableTextOn(primary);
    const hover = darken(primary, 0.15);
    const onHover = hasTextContrast(onPrimary, hover) ? onPrimary : readableTextOn(hover);
    Object.assign(tokens, {
      '--utrecht-button-primary-action-background-color': primary,
      '--utrecht-button-primary-action-color': onPrimary,
      '--utrecht-button-primary-action-hover-background-color': hover,
      '--utrecht-button-primary-action-hover-color': onHover,
      '--utrecht-button-primary-action-focus-background-color': hover,
      '--utrecht-button-primary-action-focus-border-color': hover,
      '--utrecht-button-primary-action-active-background-color': darken(primary, 0.3),
      '--utrecht-button-primary-action-active-border-color': darken(primary, 0.3),
      '--schakel-primary-color': primary,
      '--schakel-on-primary-color': onPrimary,
    });
    // Secondary buttons and checkboxes show the primary colour on the page background.
    if (hasTextContrast(primary, PAGE_BACKGROUND)) {
      Object.assign(tokens, {
        '--utrecht-button-secondary-action-border-color': primary,
        '--utrecht-button-secondary-action-color': primary,
        '--utrecht-button-secondary-action-hover-border-color': hover,
        '--utrecht-button-secondary-action-hover-color': hover,
        '--utrecht-checkbox-checked-background-color': primary,
        '--utrecht-checkbox-checked-border-color': primary,
      });
    }
  }

  if (theme.linkColor && hasTextContrast(theme.linkColor, PAGE_BACKGROUND)) {
    const hover = darken(theme.linkColor, 0.2);
    Object.assign(tokens, {
      '--utrecht-link-color': theme.linkColor,
      '--utrecht-link-visited-color': theme.linkColor,
      '--utrecht-link-hover-color': hover,
      '--utrecht-link-focus-color': hover,
    });
  }

  const headerBackground = theme.headerBackgroundColor;
  if (headerBackground) {
    const headerText =
      theme.headerTextColor && hasTextContrast(theme.headerTextColor, headerBackground) ? theme.headerTextColor : readableTextOn(headerBackground);
    Object.assign(tokens, {
      '--schakel-header-background-color': headerBackground,
      '--schakel-header-color': headerText,
    });
  }

  if (theme.fontFamily) tokens['--utrecht-document-font-family'] = `${theme.fontFamily}, var(--utrecht-typography-sans-serif-font-family)`;
  return tokens;
}

let applied: string[] = [];

/** Sets the tokens on the root element through the CSSOM (allowed by the CSP, unlike style attributes). */
export function applyTheme(theme: Theme | undefined): void {
  const style = document.documentElement.style;
  for (const name of applied) style.removeProperty(name);
  const tokens = themeTokens(theme);
  for (const [name, value] of Object.entries(tokens)) style.setProperty(name, value);
  applied = Object.keys(tokens);
}
