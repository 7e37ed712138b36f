import { html, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import type { Channel } from '../../model/types.js';

/** How each contact channel is named on screen. */
export const CHANNEL_LABELS: Record<Channel, string> = {
  page: 'Page',
  phone: 'Phone',
  sms: 'SMS',
  email: 'Email',
  chat: 'Chat',
  bridge: 'Bridge',
};

const PATHS: Record<Channel, SVGTemplateResult> = {
  page: svg`<rect x="2" y="4" width="12" height="8" rx="1.5" /><path d="M4.5 7h5M4.5 9.2h3" /><path d="M11.5 8.2h0.01" />`,
  phone: svg`<path d="M4.2 2.5h2l1 3-1.5 1a7.5 7.5 0 0 0 3.8 3.8l1-1.5 3 1v2a1.5 1.5 0 0 1-1.5 1.5A10.5 10.5 0 0 1 2.7 4a1.5 1.5 0 0 1 1.5-1.5z" />`,
  sms: svg`<path d="M2.5 3.5h11v7.5H7l-3 2.5V11H2.5z" /><path d="M5.5 7.2h0.01M8 7.2h0.01M10.5 7.2h0.01" />`,
  email: svg`<rect x="2" y="3.5" width="12" height="9" rx="1" /><path d="m2.5 4.5 5.5 4.5 5.5-4.5" />`,
  chat: svg`<path d="M1.8 2.8h8.4v5.8H5.5L3 10.5V8.6H1.8z" /><path d="M12.2 5.6h2v5.8H13v1.9l-2.5-1.9H6.5v-1" />`,
  bridge: svg`<circle cx="5" cy="5.5" r="2" /><circle cx="11" cy="5.5" r="2" /><path d="M1.5 13c0-2 1.6-3.5 3.5-3.5S8.5 11 8.5 13M7.5 13c0-2 1.6-3.5 3.5-3.5s3.5 1.5 3.5 3.5" />`,
};

/** A channel's icon (decorative: the word always follows it). */
export function channelIcon(channel: Channel): TemplateResult {
  return html`<svg class="icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
    ${PATHS[channel]}
  </svg>`;
}

/** Icon and word of a channel. */
export function renderChannel(channel: Channel): TemplateResult {
  return html`<span class="channel" data-channel=${channel}
    >${channelIcon(channel)}<span>${CHANNEL_LABELS[channel]}</span></span
  >`;
}

/** A warning sign (decorative: a text label always goes with it). */
export const warningIcon = html`<svg
  class="icon warn-icon"
  viewBox="0 0 16 16"
  width="14"
  height="14"
  aria-hidden="true"
  focusable="false"
>
  <path d="M8 2 1.5 13.5h13z" />
  <path d="M8 6.5v3.2M8 11.6h0.01" />
</svg>`;
