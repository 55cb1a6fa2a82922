import { LitElement, css, html } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';

/**
 * Before and after, one over the other: the member drags the divider (mouse, pen, finger) or moves
 * it with the arrow keys; the left part shows the photo as it was, the right part the result.
 */
@customElement('atelier-compare')
export class AtelierCompare extends LitElement {
  static styles = css`
    :host {
      display: block;
      position: relative;
      overflow: hidden;
      border-radius: inherit;
      touch-action: pan-y;
      user-select: none;
      -webkit-user-select: none;
      cursor: ew-resize;
      background: var(--lumo-contrast-10pct, #0000001a);
    }
    img { display: block; width: 100%; height: 100%; object-fit: cover; pointer-events: none; }
    .before { position: absolute; inset: 0; }
    .line {
      position: absolute;
      top: 0;
      bottom: 0;
      width: 2px;
      margin-left: -1px;
      background: #fff;
      box-shadow: 0 0 0 1px #0000004d;
      pointer-events: none;
    }
    .knob {
      position: absolute;
      top: 50%;
      width: 2.25rem;
      height: 2.25rem;
      margin: -1.125rem 0 0 -1.125rem;
      border-radius: 50%;
      background: #fff;
      box-shadow: 0 1px 4px #00000066;
      display: flex;
      align-items: center;
      justify-content: center;
      color: #333;
      outline: none;
    }
    .knob:focus-visible { box-shadow: 0 0 0 3px var(--lumo-primary-color, #1676f3); }
    .label {
      position: absolute;
      bottom: 0.5rem;
      padding: 0.15rem 0.5rem;
      border-radius: 999px;
      background: #000000a0;
      color: #fff;
      font-size: var(--lumo-font-size-xs, 0.75rem);
      pointer-events: none;
    }
    .label.left { left: 0.5rem; }
    .label.right { right: 0.5rem; }
  `;

  @property({ type: String }) beforeSrc = '';
  @property({ type: String }) afterSrc = '';
  @property({ type: String }) beforeLabel = 'Before';
  @property({ type: String }) afterLabel = 'After';
  @property({ type: String }) sliderLabel = '';
  /** Where the divider is, in percent from the left. */
  @state() position = 50;

  private dragging = false;

  render() {
    const p = this.position;
    return html`
      <img class="after" src=${this.afterSrc} alt=${this.afterLabel} draggable="false" />
      <img class="before" src=${this.beforeSrc} alt=${this.beforeLabel} draggable="false"
        style="clip-path: inset(0 ${100 - p}% 0 0)" />
      <span class="label left">${this.beforeLabel}</span>
      <span class="label right">${this.afterLabel}</span>
      <div class="line" style="left: ${p}%"></div>
      <div class="knob" style="left: ${p}%" role="slider" tabindex="0" aria-label=${this.sliderLabel}
        aria-valuemin="0" aria-valuemax="100" aria-valuenow=${Math.round(p)} @keydown=${this.onKey}>
        <svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" fill="none" stroke="currentColor"
          stroke-width="2.2" stroke-linecap="round" stroke-linejoin="round"><path d="M9 6l-5 6 5 6M15 6l5 6-5 6" /></svg>
      </div>
    `;
  }

  connectedCallback() {
    super.connectedCallback();
    this.addEventListener('pointerdown', this.onDown);
    this.addEventListener('pointermove', this.onMove);
    this.addEventListener('pointerup', this.onUp);
    this.addEventListener('pointercancel', this.onUp);
  }

  disconnectedCallback() {
    super.disconnectedCallback();
    this.removeEventListener('pointerdown', this.onDown);
    this.removeEventListener('pointermove', this.onMove);
    this.removeEventListener('pointerup', this.onUp);
    this.removeEventListener('pointercancel', this.onUp);
  }

  private moveTo(clientX: number) {
    const box = this.getBoundingClientRect();
    if (box.width > 0) this.position = Math.min(100, Math.max(0, ((clientX - box.left) / box.width) * 100));
  }

  private onDown = (e: PointerEvent) => {
    if (e.button !== 0) return;
    this.dragging = true;
    this.setPointerCapture(e.pointerId);
    this.moveTo(e.clientX);
  };

  private onMove = (e: PointerEvent) => {
    if (this.dragging) this.moveTo(e.clientX);
  };

  private onUp = () => {
    this.dragging = false;
  };

  private onKey = (e: KeyboardEvent) => {
    const steps: Record<string, number> = { ArrowLeft: -5, ArrowDown: -5, ArrowRight: 5, ArrowUp: 5 };
    if (e.key in steps) this.position = Math.min(100, Math.max(0, this.position + steps[e.key]));
    else if (e.key === 'Home') this.position = 0;
    else if (e.key === 'End') this.position = 100;
    else return;
    e.preventDefault();
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'atelier-compare': AtelierCompare;
  }
}
