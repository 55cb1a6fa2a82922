import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import '@vaadin/icon';
import '@vaadin/icons';

/**
 * The mask editor: the member paints, over a photo, the zone where something is to be created.
 *
 * What is drawn is kept as a list of operations in photo pixels (strokes with their widths,
 * filled polygons, clear, invert, an imported mask). The list is what the server receives after
 * every change; the server draws the full-resolution mask from it, once, when it is needed. Here
 * the operations are drawn at screen resolution on a working canvas (at most WORK_SIDE pixels on
 * the long side), so a 4000 x 3000 photo paints as smoothly as a small one. Undo and redo work on
 * the list: undo draws the remaining operations again.
 */

type Tool = 'brush' | 'eraser' | 'polygon' | 'lasso';

export type MaskOp =
  | { t: 'stroke'; erase: boolean; pts: number[] } // x, y, width triples in photo pixels
  | { t: 'fill'; erase: boolean; pts: number[] } // x, y pairs in photo pixels
  | { t: 'clear' }
  | { t: 'invert' }
  | { t: 'image'; id: number }; // an imported mask (replaces what was there)

interface Preferences {
  brush: number; // brush diameter as a share of the photo's long side
  colour: string;
  opacity: number;
  feather: number; // soft edge, in photo pixels, applied on export
}

const WORK_SIDE = 2048;
const MIN_ZOOM_FACTOR = 0.5; // of the fitted zoom
const MAX_ZOOM = 16; // screen pixels per photo pixel
const CLOSE_DISTANCE = 10; // screen pixels: a click this near the first vertex closes the polygon
const DEFAULT_PREFERENCES: Preferences = { brush: 0.04, colour: '#ff3d7f', opacity: 0.5, feather: 0 };
const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

@customElement('atelier-mask-editor')
export class AtelierMaskEditor extends LitElement {
  static styles = css`
    :host {
      display: flex;
      flex-direction: column;
      gap: var(--lumo-space-s, 0.5rem);
      outline: none;
      position: relative;
      font-family: var(--lumo-font-family, sans-serif);
      color: var(--lumo-body-text-color, #222);
    }
    :host(:focus-visible) .stage { box-shadow: 0 0 0 2px var(--lumo-primary-color-50pct, #3b82f680); }
    .toolbar {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: var(--lumo-space-xs, 0.25rem) var(--lumo-space-s, 0.5rem);
    }
    .group {
      display: flex;
      align-items: center;
      gap: 2px;
      padding: 2px;
      border-radius: var(--lumo-border-radius-m, 6px);
      background: var(--lumo-contrast-5pct, #0000000d);
    }
    button {
      display: inline-flex;
      align-items: center;
      justify-content: center;
      gap: 0.3em;
      min-width: 2.25rem;
      height: 2.25rem;
      padding: 0 0.5rem;
      border: none;
      border-radius: var(--lumo-border-radius-s, 4px);
      background: transparent;
      color: var(--lumo-body-text-color, #222);
      font: inherit;
      font-size: var(--lumo-font-size-s, 0.875rem);
      cursor: pointer;
    }
    button:hover:not(:disabled) { background: var(--lumo-contrast-10pct, #0000001a); }
    button:focus-visible { outline: 2px solid var(--lumo-primary-color, #1676f3); outline-offset: 1px; }
    button:disabled { color: var(--lumo-disabled-text-color, #999); cursor: default; }
    button[aria-pressed='true'] {
      background: var(--lumo-primary-color, #1676f3);
      color: var(--lumo-primary-contrast-color, #fff);
    }
    vaadin-icon { width: 1.1rem; height: 1.1rem; }
    .flip { transform: scaleX(-1); }
    label.setting {
      display: inline-flex;
      align-items: center;
      gap: 0.35rem;
      font-size: var(--lumo-font-size-s, 0.875rem);
      color: var(--lumo-secondary-text-color, #555);
    }
    input[type='range'] { width: 6.5rem; accent-color: var(--lumo-primary-color, #1676f3); }
    input[type='color'] { width: 2rem; height: 1.75rem; padding: 0; border: none; background: none; cursor: pointer; }
    output { min-width: 3.2em; font-variant-numeric: tabular-nums; color: var(--lumo-body-text-color, #222); }
    .stage {
      position: relative;
      flex: none;
      width: 100%;
      min-height: 12rem;
      max-height: var(--mask-editor-max-height, min(72vh, 54rem));
      border-radius: var(--lumo-border-radius-m, 6px);
      overflow: hidden;
      background: repeating-conic-gradient(#2a2d33 0% 25%, #31353c 0% 50%) 0 / 24px 24px;
      touch-action: none;
      user-select: none;
      -webkit-user-select: none;
    }
    canvas { position: absolute; inset: 0; width: 100%; height: 100%; display: block; }
    .status {
      display: flex;
      flex-wrap: wrap;
      justify-content: space-between;
      gap: var(--lumo-space-s, 0.5rem);
      font-size: var(--lumo-font-size-xs, 0.8125rem);
      color: var(--lumo-secondary-text-color, #555);
    }
    .hint { position: absolute; left: 50%; bottom: 0.75rem; transform: translateX(-50%);
      padding: 0.35rem 0.75rem; border-radius: 999px; background: #000000b0; color: #fff;
      font-size: var(--lumo-font-size-s, 0.875rem); pointer-events: none; white-space: nowrap; }
    .help {
      position: absolute;
      inset: 0;
      z-index: 2;
      overflow: auto;
      padding: var(--lumo-space-l, 1.5rem);
      background: var(--lumo-base-color, #fff);
      border-radius: var(--lumo-border-radius-m, 6px);
      box-shadow: var(--lumo-box-shadow-m, 0 2px 8px #0003);
    }
    .help h3 { margin: 0 0 0.75rem; font-size: var(--lumo-font-size-l, 1.25rem); }
    .help dl { display: grid; grid-template-columns: max-content 1fr; gap: 0.4rem 1rem; margin: 0; max-width: 40rem; }
    .help dt { text-align: right; }
    kbd {
      display: inline-block;
      min-width: 1.4em;
      padding: 0 0.35em;
      border: 1px solid var(--lumo-contrast-20pct, #0003);
      border-bottom-width: 2px;
      border-radius: 4px;
      font: inherit;
      font-size: 0.85em;
      text-align: center;
      background: var(--lumo-contrast-5pct, #0000000d);
    }
    .help .close { position: absolute; top: 0.5rem; right: 0.5rem; }
    input[type='file'] { display: none; }
    @media (max-width: 640px) {
      input[type='range'] { width: 5rem; }
      label.setting.optional { display: none; }
      button { min-width: 2rem; padding: 0 0.35rem; }
      .status span:last-child { display: none; }
    }
  `;

  /** The photo's address and its size in pixels. */
  @property({ type: String }) src = '';
  @property({ type: Number }) photoWidth = 0;
  @property({ type: Number }) photoHeight = 0;
  /** The words, in the member's language, by key. */
  @property({ type: Object }) texts: Record<string, string> = {};
  /** The member's brush and overlay settings. */
  @property({ type: Object }) preferences: Preferences = { ...DEFAULT_PREFERENCES };
  /** An existing mask to start from (an image address), or empty. */
  @property({ type: String }) startMask = '';

  @state() private tool: Tool = 'brush';
  @state() private polygonErases = false;
  @state() private showMask = true;
  @state() private helpOpen = false;
  @state() private zoomPercent = 100;
  @state() private undoCount = 0;
  @state() private redoCount = 0;
  @state() private message = '';

  @query('.stage') private stage!: HTMLDivElement;
  @query('canvas') private canvas!: HTMLCanvasElement;
  @query('input[type=file]') private fileInput!: HTMLInputElement;

  private ops: MaskOp[] = [];
  private redoStack: MaskOp[] = [];
  private images = new Map<number, HTMLCanvasElement>();
  private nextImageId = 1;
  private photo: HTMLImageElement | null = null;
  /** The photo at about screen size: what the view draws until the zoom asks for more pixels. */
  private preview: ImageBitmap | null = null;
  private previewScale = 1;
  private work = document.createElement('canvas');
  private workScale = 1; // working pixels per photo pixel
  private zoom = 1; // screen pixels per photo pixel
  private panX = 0;
  private panY = 0;
  private fitted = true;
  private pointers = new Map<number, { x: number; y: number }>();
  private active: { kind: 'stroke'; op: MaskOp & { t: 'stroke' }; pointer: number } | { kind: 'lasso'; pts: number[]; pointer: number }
    | { kind: 'pan'; x: number; y: number; pointer: number } | { kind: 'pinch'; distance: number; midX: number; midY: number } | null = null;
  private polygon: number[] = [];
  private cursor: { x: number; y: number } | null = null;
  private spaceHeld = false;
  private frame = 0;
  private resizeObserver?: ResizeObserver;
  private preferencesTimer = 0;

  /** Operations as the server receives them. */
  get operations(): MaskOp[] {
    return this.ops;
  }

  connectedCallback() {
    super.connectedCallback();
    if (!this.hasAttribute('tabindex')) {
      this.tabIndex = 0;
    }
    this.addEventListener('keydown', this.onKeyDown);
    this.addEventListener('keyup', this.onKeyUp);
  }

  disconnectedCallback() {
    super.disconnectedCallback();
    this.removeEventListener('keydown', this.onKeyDown);
    this.removeEventListener('keyup', this.onKeyUp);
    this.resizeObserver?.disconnect();
  }

  firstUpdated() {
    this.resizeObserver = new ResizeObserver(() => this.resize());
    this.resizeObserver.observe(this.stage);
    this.canvas.addEventListener('wheel', this.onWheel, { passive: false });
  }

  willUpdate(changed: Map<string, unknown>) {
    if (changed.has('preferences')) {
      this.preferences = { ...DEFAULT_PREFERENCES, ...(this.preferences ?? {}) };
    }
  }

  updated(changed: Map<string, unknown>) {
    if (changed.has('photoWidth') || changed.has('photoHeight')) {
      this.setUpWork();
    }
    if (changed.has('src') && this.src) {
      const image = new Image();
      image.decoding = 'async';
      image.onload = async () => {
        this.preview = null;
        // as many pixels as the screen shows of the whole photo, and some to spare for a first zoom
        const box = this.stage?.getBoundingClientRect();
        const ratio = window.devicePixelRatio || 1;
        const side = box && box.width ? Math.max(box.width, box.height) * ratio * 1.5 : WORK_SIDE;
        const scale = Math.min(1, side / Math.max(this.photoWidth, this.photoHeight));
        this.previewScale = scale;
        if (scale < 1) {
          try {
            this.preview = await createImageBitmap(image, {
              resizeWidth: Math.max(1, Math.round(this.photoWidth * scale)),
              resizeHeight: Math.max(1, Math.round(this.photoHeight * scale)), resizeQuality: 'high',
            });
          } catch {
            this.preview = null; // drawn from the photo itself
          }
        }
        this.photo = image;
        this.dispatchEvent(new CustomEvent('photo-loaded'));
        this.draw();
      };
      image.src = this.src;
    }
    if (changed.has('startMask') && this.startMask) {
      this.loadImage(this.startMask).then((canvas) => {
        this.images.set(0, canvas);
        if (!this.ops.some((op) => op.t === 'image' && op.id === 0)) {
          this.ops = [{ t: 'image', id: 0 }, ...this.ops];
          this.redraw();
        }
      });
    }
    if (changed.has('preferences')) {
      this.recolour();
      this.draw();
    }
  }

  render() {
    const t = (key: string) => this.texts[key] ?? key;
    const size = Math.round(this.brushDiameter());
    const pressed = (tool: Tool) => (this.tool === tool ? 'true' : 'false');
    return html`
      <div class="toolbar" role="toolbar" aria-label=${t('toolbar')}>
        <div class="group" role="group" aria-label=${t('tools')}>
          ${this.toolButton('brush', 'vaadin:paintbrush', t('brush'), 'B', pressed('brush'))}
          ${this.toolButton('eraser', 'vaadin:eraser', t('eraser'), 'E', pressed('eraser'))}
          ${this.toolButton('polygon', 'vaadin:area-select', t('polygon'), 'P', pressed('polygon'))}
          ${this.toolButton('lasso', 'vaadin:scissors', t('lasso'), 'L', pressed('lasso'))}
        </div>
        ${this.tool === 'polygon' || this.tool === 'lasso'
          ? html`<div class="group" role="group" aria-label=${t('fill-mode')}>
              <button data-action="fill-add" aria-pressed=${this.polygonErases ? 'false' : 'true'}
                @click=${() => (this.polygonErases = false)}>${t('fill-add')}</button>
              <button data-action="fill-remove" aria-pressed=${this.polygonErases ? 'true' : 'false'}
                @click=${() => (this.polygonErases = true)}>${t('fill-remove')}</button>
            </div>`
          : nothing}
        <label class="setting">${t('size')}
          <input type="range" name="size" min="1" max=${this.maxBrush()} .value=${String(size)}
            @input=${(e: Event) => this.setBrush(Number((e.target as HTMLInputElement).value))} aria-label=${t('size')} />
          <output>${size} px</output>
        </label>
        <div class="group" role="group" aria-label=${t('history')}>
          <button data-action="undo" title="${t('undo')} (Ctrl+Z)" aria-label=${t('undo')} ?disabled=${this.undoCount === 0}
            @click=${() => this.undo()}><vaadin-icon icon="vaadin:reply"></vaadin-icon></button>
          <button data-action="redo" title="${t('redo')} (Ctrl+Shift+Z, Ctrl+Y)" aria-label=${t('redo')} ?disabled=${this.redoCount === 0}
            @click=${() => this.redo()}><vaadin-icon class="flip" icon="vaadin:reply"></vaadin-icon></button>
        </div>
        <div class="group" role="group" aria-label=${t('mask')}>
          <button data-action="invert" title="${t('invert')} (I)" aria-label=${t('invert')} @click=${() => this.invert()}>
            <vaadin-icon icon="vaadin:adjust"></vaadin-icon></button>
          <button data-action="clear" title=${t('clear')} aria-label=${t('clear')} @click=${() => this.clear()}>
            <vaadin-icon icon="vaadin:trash"></vaadin-icon></button>
          <button data-action="toggle-mask" title="${t(this.showMask ? 'hide' : 'show')} (H)" aria-label=${t(this.showMask ? 'hide' : 'show')}
            aria-pressed=${this.showMask ? 'false' : 'true'} @click=${() => this.toggleMask()}>
            <vaadin-icon icon=${this.showMask ? 'vaadin:eye' : 'vaadin:eye-slash'}></vaadin-icon></button>
        </div>
        <div class="group" role="group" aria-label=${t('view')}>
          <button data-action="zoom-out" title=${t('zoom-out')} aria-label=${t('zoom-out')} @click=${() => this.zoomBy(1 / 1.25)}>
            <vaadin-icon icon="vaadin:search-minus"></vaadin-icon></button>
          <button data-action="fit" title="${t('fit')} (0)" aria-label=${t('fit')} @click=${() => this.fit()}>${this.zoomPercent} %</button>
          <button data-action="zoom-in" title=${t('zoom-in')} aria-label=${t('zoom-in')} @click=${() => this.zoomBy(1.25)}>
            <vaadin-icon icon="vaadin:search-plus"></vaadin-icon></button>
        </div>
        <label class="setting optional">${t('colour')}
          <input type="color" name="colour" .value=${this.preferences.colour}
            @input=${(e: Event) => this.setPreference({ colour: (e.target as HTMLInputElement).value })} aria-label=${t('colour')} />
        </label>
        <label class="setting optional">${t('opacity')}
          <input type="range" name="opacity" min="10" max="90" .value=${String(Math.round(this.preferences.opacity * 100))}
            @input=${(e: Event) => this.setPreference({ opacity: Number((e.target as HTMLInputElement).value) / 100 })} aria-label=${t('opacity')} />
        </label>
        <label class="setting optional">${t('feather')}
          <input type="range" name="feather" min="0" max="40" .value=${String(this.preferences.feather)}
            @input=${(e: Event) => this.setPreference({ feather: Number((e.target as HTMLInputElement).value) })} aria-label=${t('feather')} />
          <output>${this.preferences.feather} px</output>
        </label>
        <div class="group" role="group" aria-label=${t('files')}>
          <button data-action="import" title=${t('import')} aria-label=${t('import')} @click=${() => this.fileInput.click()}>
            <vaadin-icon icon="vaadin:upload"></vaadin-icon></button>
          <slot name="download"></slot>
          <button data-action="help" title="${t('help')} (?)" aria-label=${t('help')} @click=${() => (this.helpOpen = !this.helpOpen)}>
            <vaadin-icon icon="vaadin:keyboard-o"></vaadin-icon></button>
        </div>
        <input type="file" accept="image/png,image/*" @change=${this.onFile} />
      </div>
      <div class="stage" style="aspect-ratio: ${this.photoWidth || 4} / ${this.photoHeight || 3}">
        <canvas
          @pointerdown=${this.onPointerDown}
          @pointermove=${this.onPointerMove}
          @pointerup=${this.onPointerUp}
          @pointercancel=${this.onPointerUp}
          @pointerleave=${this.onPointerLeave}
          @dblclick=${this.onDoubleClick}
          @contextmenu=${(e: Event) => e.preventDefault()}
          aria-label=${t('canvas')}
          role="img"></canvas>
        ${this.message ? html`<div class="hint" role="status">${this.message}</div>` : nothing}
        ${this.helpOpen ? this.helpPanel(t) : nothing}
      </div>
      <div class="status"><span>${t(this.tool + '.hint')}</span><span>${t('shortcuts.hint')}</span></div>
    `;
  }

  private toolButton(tool: Tool, icon: string, label: string, key: string, pressed: string) {
    return html`<button data-tool=${tool} title="${label} (${key})" aria-label=${label} aria-pressed=${pressed}
      @click=${() => this.setTool(tool)}><vaadin-icon icon=${icon}></vaadin-icon></button>`;
  }

  private helpPanel(t: (key: string) => string) {
    const rows: [string, string][] = [
      ['B', t('brush')], ['E', t('eraser')], ['P', t('polygon')], ['L', t('lasso')], ['X', t('swap')],
      ['[ ]  − +', t('size')], [t('key.alt-wheel'), t('size')], [t('key.wheel'), t('zoom')],
      [t('key.space-drag'), t('pan')], ['0', t('fit')], ['Ctrl+Z', t('undo')], ['Ctrl+Shift+Z  Ctrl+Y', t('redo')],
      ['I', t('invert')], ['H', t('hide')], [t('key.enter'), t('polygon.close')], [t('key.escape'), t('polygon.cancel')],
    ];
    return html`<div class="help" role="dialog" aria-label=${t('help')}>
      <button class="close" data-action="close-help" aria-label=${t('close')} @click=${() => (this.helpOpen = false)}>
        <vaadin-icon icon="vaadin:close"></vaadin-icon></button>
      <h3>${t('help')}</h3>
      <dl>${rows.map(([keys, what]) => html`<dt>${keys.split('  ').map((k) => html`<kbd>${k}</kbd> `)}</dt><dd>${what}</dd>`)}</dl>
    </div>`;
  }

  // ---- the working canvas -------------------------------------------------------------------

  private setUpWork() {
    if (!this.photoWidth || !this.photoHeight) {
      return;
    }
    this.workScale = Math.min(1, WORK_SIDE / Math.max(this.photoWidth, this.photoHeight));
    this.work.width = Math.max(1, Math.round(this.photoWidth * this.workScale));
    this.work.height = Math.max(1, Math.round(this.photoHeight * this.workScale));
    this.fitted = true;
    this.redraw();
    this.resize();
  }

  private workContext() {
    const ctx = this.work.getContext('2d')!;
    ctx.setTransform(this.workScale, 0, 0, this.workScale, 0, 0);
    ctx.lineCap = 'round';
    ctx.lineJoin = 'round';
    return ctx;
  }

  /** Draws every operation again, from an empty mask. */
  private redraw() {
    const ctx = this.workContext();
    ctx.save();
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.clearRect(0, 0, this.work.width, this.work.height);
    ctx.restore();
    for (const op of this.ops) {
      this.apply(ctx, op);
    }
    this.draw();
  }

  private apply(ctx: CanvasRenderingContext2D, op: MaskOp) {
    const colour = this.preferences.colour;
    ctx.save();
    switch (op.t) {
      case 'stroke': {
        ctx.globalCompositeOperation = op.erase ? 'destination-out' : 'source-over';
        ctx.strokeStyle = colour;
        ctx.fillStyle = colour;
        const p = op.pts;
        if (p.length === 3) {
          ctx.beginPath();
          ctx.arc(p[0], p[1], p[2] / 2, 0, Math.PI * 2);
          ctx.fill();
        }
        for (let i = 3; i + 2 < p.length; i += 3) {
          this.segment(ctx, p[i - 3], p[i - 2], p[i - 1], p[i], p[i + 1], p[i + 2]);
        }
        break;
      }
      case 'fill': {
        ctx.globalCompositeOperation = op.erase ? 'destination-out' : 'source-over';
        ctx.fillStyle = colour;
        ctx.beginPath();
        for (let i = 0; i + 1 < op.pts.length; i += 2) {
          if (i === 0) ctx.moveTo(op.pts[0], op.pts[1]);
          else ctx.lineTo(op.pts[i], op.pts[i + 1]);
        }
        ctx.closePath();
        ctx.fill('nonzero');
        break;
      }
      case 'clear':
        ctx.clearRect(0, 0, this.photoWidth, this.photoHeight);
        break;
      case 'invert':
        ctx.globalCompositeOperation = 'xor';
        ctx.fillStyle = colour;
        ctx.fillRect(0, 0, this.photoWidth, this.photoHeight);
        break;
      case 'image': {
        ctx.clearRect(0, 0, this.photoWidth, this.photoHeight);
        const image = this.images.get(op.id);
        if (image) {
          ctx.drawImage(image, 0, 0, this.photoWidth, this.photoHeight);
          ctx.globalCompositeOperation = 'source-in';
          ctx.fillStyle = colour;
          ctx.fillRect(0, 0, this.photoWidth, this.photoHeight);
        }
        break;
      }
    }
    ctx.restore();
  }

  private segment(ctx: CanvasRenderingContext2D, x0: number, y0: number, w0: number, x1: number, y1: number, w1: number) {
    ctx.lineWidth = (w0 + w1) / 2;
    ctx.beginPath();
    ctx.moveTo(x0, y0);
    ctx.lineTo(x1, y1);
    ctx.stroke();
  }

  /** The working canvas in the overlay colour again (after the colour changed). */
  private recolour() {
    const ctx = this.work.getContext('2d')!;
    ctx.save();
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.globalCompositeOperation = 'source-in';
    ctx.fillStyle = this.preferences.colour;
    ctx.fillRect(0, 0, this.work.width, this.work.height);
    ctx.restore();
  }

  // ---- the screen ---------------------------------------------------------------------------

  private resize() {
    if (!this.canvas) return;
    const box = this.stage.getBoundingClientRect();
    const ratio = window.devicePixelRatio || 1;
    this.canvas.width = Math.max(1, Math.round(box.width * ratio));
    this.canvas.height = Math.max(1, Math.round(box.height * ratio));
    if (this.fitted) {
      this.fit();
    } else {
      this.draw();
    }
  }

  private fitZoom() {
    const box = this.stage.getBoundingClientRect();
    if (!this.photoWidth || !box.width) return 1;
    return Math.min(box.width / this.photoWidth, box.height / this.photoHeight) * 0.96;
  }

  /** Shows the whole photo. */
  fit() {
    const box = this.stage?.getBoundingClientRect();
    if (!box || !this.photoWidth) return;
    this.zoom = this.fitZoom();
    this.panX = (box.width - this.photoWidth * this.zoom) / 2;
    this.panY = (box.height - this.photoHeight * this.zoom) / 2;
    this.fitted = true;
    this.zoomChanged();
  }

  private zoomBy(factor: number, atX?: number, atY?: number) {
    const box = this.stage.getBoundingClientRect();
    const x = atX ?? box.width / 2;
    const y = atY ?? box.height / 2;
    const fit = this.fitZoom();
    const next = Math.min(MAX_ZOOM, Math.max(fit * MIN_ZOOM_FACTOR, this.zoom * factor));
    this.panX = x - ((x - this.panX) * next) / this.zoom;
    this.panY = y - ((y - this.panY) * next) / this.zoom;
    this.zoom = next;
    this.fitted = false;
    this.zoomChanged();
  }

  private zoomChanged() {
    this.zoomPercent = Math.round(this.zoom * 100);
    this.draw();
  }

  /** Draws the screen at the next frame. */
  private draw() {
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.paint();
    });
  }

  private paint() {
    if (!this.canvas) return;
    const ctx = this.canvas.getContext('2d')!;
    const ratio = window.devicePixelRatio || 1;
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.clearRect(0, 0, this.canvas.width, this.canvas.height);
    ctx.setTransform(ratio * this.zoom, 0, 0, ratio * this.zoom, ratio * this.panX, ratio * this.panY);
    ctx.imageSmoothingEnabled = true;
    ctx.imageSmoothingQuality = this.zoom < 1 ? 'medium' : 'low';
    if (this.photo) {
      // a big photo is drawn from its working-size copy unless zoomed in past it
      const source = this.preview && this.zoom * ratio <= this.previewScale ? this.preview : this.photo;
      ctx.drawImage(source, 0, 0, this.photoWidth, this.photoHeight);
    }
    if (this.showMask) {
      ctx.globalAlpha = this.preferences.opacity;
      ctx.drawImage(this.work, 0, 0, this.photoWidth, this.photoHeight);
      ctx.globalAlpha = 1;
    }
    // what is being drawn, and the brush, in screen pixels
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    const shown = (px: number, py: number) => [px * this.zoom + this.panX, py * this.zoom + this.panY];
    const outline = (path: () => void) => {
      ctx.lineWidth = 3;
      ctx.strokeStyle = '#000000a0';
      path();
      ctx.stroke();
      ctx.lineWidth = 1.5;
      ctx.strokeStyle = '#ffffff';
      path();
      ctx.stroke();
    };
    const open = this.active?.kind === 'lasso' ? this.active.pts : this.polygon;
    if (open.length >= 2) {
      outline(() => {
        ctx.beginPath();
        for (let i = 0; i + 1 < open.length; i += 2) {
          const [x, y] = shown(open[i], open[i + 1]);
          if (i === 0) ctx.moveTo(x, y);
          else ctx.lineTo(x, y);
        }
        if (this.tool === 'polygon' && this.cursor) ctx.lineTo(this.cursor.x, this.cursor.y);
      });
      if (this.tool === 'polygon') {
        for (let i = 0; i + 1 < open.length; i += 2) {
          const [x, y] = shown(open[i], open[i + 1]);
          ctx.fillStyle = i === 0 ? this.preferences.colour : '#ffffff';
          ctx.beginPath();
          ctx.arc(x, y, i === 0 ? 5 : 3.5, 0, Math.PI * 2);
          ctx.fill();
          ctx.strokeStyle = '#000000a0';
          ctx.lineWidth = 1;
          ctx.stroke();
        }
      }
    }
    if (this.cursor && (this.tool === 'brush' || this.tool === 'eraser') && this.active?.kind !== 'pan') {
      const radius = Math.max(1, (this.brushDiameter() * this.zoom) / 2);
      outline(() => {
        ctx.beginPath();
        ctx.arc(this.cursor!.x, this.cursor!.y, radius, 0, Math.PI * 2);
      });
    }
  }

  // ---- what the member does -----------------------------------------------------------------

  private brushDiameter() {
    return Math.max(1, this.preferences.brush * Math.max(this.photoWidth, this.photoHeight, 1));
  }

  private maxBrush() {
    return Math.max(10, Math.round(Math.max(this.photoWidth, this.photoHeight) / 4));
  }

  private setBrush(diameter: number) {
    const longSide = Math.max(this.photoWidth, this.photoHeight, 1);
    const clamped = Math.min(this.maxBrush(), Math.max(1, diameter));
    this.setPreference({ brush: clamped / longSide });
  }

  private setPreference(change: Partial<Preferences>) {
    const colourChanged = change.colour !== undefined && change.colour !== this.preferences.colour;
    this.preferences = { ...this.preferences, ...change };
    if (colourChanged) this.recolour();
    this.draw();
    clearTimeout(this.preferencesTimer);
    this.preferencesTimer = window.setTimeout(() => {
      this.dispatchEvent(new CustomEvent('preferences-changed', { detail: { preferences: JSON.stringify(this.preferences) } }));
      if (change.feather !== undefined) this.changed();
    }, 400);
  }

  private setTool(tool: Tool) {
    if (tool !== 'polygon') this.polygon = [];
    this.tool = tool;
    this.draw();
  }

  private toggleMask() {
    this.showMask = !this.showMask;
    this.draw();
  }

  /** Adds an operation the member made (drawn already when {@code drawn}). */
  private commit(op: MaskOp, drawn = false) {
    this.ops = [...this.ops, op];
    this.redoStack = [];
    if (!drawn) this.apply(this.workContext(), op);
    this.draw();
    this.changed();
  }

  /** Takes back the last operation. */
  undo() {
    const last = this.ops[this.ops.length - 1];
    if (!last) return;
    this.ops = this.ops.slice(0, -1);
    this.redoStack = [...this.redoStack, last];
    this.redraw();
    this.changed();
  }

  /** Does again what was taken back. */
  redo() {
    const next = this.redoStack[this.redoStack.length - 1];
    if (!next) return;
    this.redoStack = this.redoStack.slice(0, -1);
    this.ops = [...this.ops, next];
    this.apply(this.workContext(), next);
    this.draw();
    this.changed();
  }

  invert() {
    this.commit({ t: 'invert' });
  }

  clear() {
    this.commit({ t: 'clear' });
  }

  /** An imported mask the server could not read: it goes, as if it had never been. */
  dropImage(id: number) {
    this.ops = this.ops.filter((op) => !(op.t === 'image' && op.id === id));
    this.redoStack = this.redoStack.filter((op) => !(op.t === 'image' && op.id === id));
    this.images.delete(id);
    this.redraw();
    this.changed();
  }

  private changed() {
    this.undoCount = this.ops.length;
    this.redoCount = this.redoStack.length;
    this.dispatchEvent(new CustomEvent('mask-changed', {
      detail: { ops: JSON.stringify(this.ops), feather: this.preferences.feather },
    }));
  }

  private toPhoto(e: { clientX: number; clientY: number }) {
    const box = this.canvas.getBoundingClientRect();
    const sx = e.clientX - box.left;
    const sy = e.clientY - box.top;
    return { sx, sy, x: (sx - this.panX) / this.zoom, y: (sy - this.panY) / this.zoom };
  }

  private onPointerDown = (e: PointerEvent) => {
    this.focus({ preventScroll: true });
    const at = this.toPhoto(e);
    this.pointers.set(e.pointerId, { x: at.sx, y: at.sy });
    try {
      this.canvas.setPointerCapture(e.pointerId);
    } catch {
      // a pointer the browser no longer knows (it went away): the stroke still ends at pointerup
    }
    if (e.pointerType === 'touch' && this.pointers.size === 2) {
      // a second finger: the gesture zooms and pans; a stroke just begun is not kept
      if (this.active?.kind === 'stroke') this.redraw();
      const [a, b] = [...this.pointers.values()];
      this.active = { kind: 'pinch', distance: Math.hypot(a.x - b.x, a.y - b.y), midX: (a.x + b.x) / 2, midY: (a.y + b.y) / 2 };
      return;
    }
    if (this.active) return;
    if (e.button === 1 || (e.button === 0 && this.spaceHeld)) {
      e.preventDefault();
      this.active = { kind: 'pan', x: at.sx, y: at.sy, pointer: e.pointerId };
      return;
    }
    if (e.button !== 0) return;
    this.message = '';
    switch (this.tool) {
      case 'brush':
      case 'eraser': {
        const op = { t: 'stroke' as const, erase: this.tool === 'eraser', pts: [Math.round(at.x), Math.round(at.y), this.width(e)] };
        this.active = { kind: 'stroke', op, pointer: e.pointerId };
        this.apply(this.workContext(), op);
        this.draw();
        break;
      }
      case 'lasso':
        this.active = { kind: 'lasso', pts: [Math.round(at.x), Math.round(at.y)], pointer: e.pointerId };
        break;
      case 'polygon': {
        if (this.polygon.length >= 6) {
          const fx = this.polygon[0] * this.zoom + this.panX;
          const fy = this.polygon[1] * this.zoom + this.panY;
          if (Math.hypot(fx - at.sx, fy - at.sy) <= CLOSE_DISTANCE) {
            this.closePolygon();
            return;
          }
        }
        this.polygon = [...this.polygon, Math.round(at.x), Math.round(at.y)];
        this.draw();
        break;
      }
    }
  };

  private width(e: PointerEvent) {
    const size = this.brushDiameter();
    // a pen's pressure thins the line; a mouse or a finger draws the full size
    const pressure = e.pointerType === 'pen' && e.pressure > 0 ? 0.2 + 0.8 * e.pressure : 1;
    return Math.max(1, Math.round(size * pressure));
  }

  private onPointerMove = (e: PointerEvent) => {
    const at = this.toPhoto(e);
    this.cursor = { x: at.sx, y: at.sy };
    if (this.pointers.has(e.pointerId)) this.pointers.set(e.pointerId, { x: at.sx, y: at.sy });
    const active = this.active;
    if (!active) {
      this.draw();
      return;
    }
    if (active.kind === 'pinch') {
      if (this.pointers.size < 2) return;
      const [a, b] = [...this.pointers.values()];
      const distance = Math.hypot(a.x - b.x, a.y - b.y);
      const midX = (a.x + b.x) / 2;
      const midY = (a.y + b.y) / 2;
      this.panX += midX - active.midX;
      this.panY += midY - active.midY;
      if (active.distance > 0) this.zoomBy(distance / active.distance, midX, midY);
      this.active = { kind: 'pinch', distance, midX, midY };
      this.draw();
      return;
    }
    if (active.kind === 'pan') {
      this.panX += at.sx - active.x;
      this.panY += at.sy - active.y;
      this.fitted = false;
      this.active = { ...active, x: at.sx, y: at.sy };
      this.draw();
      return;
    }
    if (active.pointer !== e.pointerId) return;
    const events = typeof e.getCoalescedEvents === 'function' ? e.getCoalescedEvents() : [];
    for (const event of events.length ? events : [e]) {
      const point = this.toPhoto(event);
      const x = Math.round(point.x);
      const y = Math.round(point.y);
      if (active.kind === 'stroke') {
        const p = active.op.pts;
        const [lx, ly, lw] = [p[p.length - 3], p[p.length - 2], p[p.length - 1]];
        if (x === lx && y === ly) continue;
        const w = this.width(event as PointerEvent);
        p.push(x, y, w);
        const ctx = this.workContext();
        ctx.save();
        ctx.globalCompositeOperation = active.op.erase ? 'destination-out' : 'source-over';
        ctx.strokeStyle = this.preferences.colour;
        this.segment(ctx, lx, ly, lw, x, y, w);
        ctx.restore();
      } else {
        const p = active.pts;
        if (x !== p[p.length - 2] || y !== p[p.length - 1]) p.push(x, y);
      }
    }
    this.draw();
  };

  private onPointerUp = (e: PointerEvent) => {
    this.pointers.delete(e.pointerId);
    const active = this.active;
    if (!active) return;
    if (active.kind === 'pinch') {
      if (this.pointers.size === 0) this.active = null;
      return;
    }
    if (active.pointer !== e.pointerId) return;
    this.active = null;
    if (e.type === 'pointercancel' && active.kind === 'stroke') {
      this.redraw();
      return;
    }
    if (active.kind === 'stroke') {
      this.commit(active.op, true);
    } else if (active.kind === 'lasso') {
      if (active.pts.length >= 6) {
        this.commit({ t: 'fill', erase: this.polygonErases, pts: active.pts });
      } else {
        this.message = this.texts['lasso.hint'] ?? '';
        this.draw();
      }
    } else {
      this.draw();
    }
  };

  private onPointerLeave = () => {
    this.cursor = null;
    this.draw();
  };

  private onDoubleClick = () => {
    if (this.tool === 'polygon') this.closePolygon();
  };

  private closePolygon() {
    // a double click adds the same vertex twice: keep distinct ones
    const pts: number[] = [];
    for (let i = 0; i + 1 < this.polygon.length; i += 2) {
      const [x, y] = [this.polygon[i], this.polygon[i + 1]];
      if (pts.length === 0 || x !== pts[pts.length - 2] || y !== pts[pts.length - 1]) pts.push(x, y);
    }
    this.polygon = [];
    if (pts.length >= 6) {
      this.commit({ t: 'fill', erase: this.polygonErases, pts });
    } else {
      this.message = this.texts['polygon.hint'] ?? '';
      this.draw();
    }
  }

  private onWheel = (e: WheelEvent) => {
    e.preventDefault();
    const at = this.toPhoto(e);
    if (e.altKey || e.shiftKey) {
      const step = Math.max(1, this.brushDiameter() * 0.1);
      this.setBrush(this.brushDiameter() + (e.deltaY + e.deltaX < 0 ? step : -step));
      return;
    }
    // a pinch on a trackpad or Ctrl+wheel zooms; so does a mouse wheel's notch; a two-finger swipe pans
    const notch = e.deltaMode !== 0 || (e.deltaX === 0 && Math.abs(e.deltaY) >= 50);
    if (e.ctrlKey || e.metaKey || notch) {
      const amount = e.deltaMode === 1 ? e.deltaY * 20 : e.deltaY;
      this.zoomBy(Math.exp(-amount * (e.ctrlKey ? 0.01 : 0.002)), at.sx, at.sy);
    } else {
      this.panX -= e.deltaX;
      this.panY -= e.deltaY;
      this.fitted = false;
      this.draw();
    }
  };

  private onKeyDown = (e: KeyboardEvent) => {
    const target = e.composedPath()[0] as HTMLElement;
    if (target instanceof HTMLInputElement && target.type !== 'range' && target.type !== 'color') return;
    const ctrl = e.ctrlKey || e.metaKey;
    const key = e.key;
    // Space and Enter press the focused button (or link); arrows move the focused slider
    const control = target instanceof HTMLButtonElement || target instanceof HTMLAnchorElement
      || target instanceof HTMLInputElement;
    if (control && (key === ' ' || key === 'Enter' || key.startsWith('Arrow'))) return;
    let handled = true;
    if (ctrl && (key === 'z' || key === 'Z')) {
      if (e.shiftKey) this.redo();
      else this.undo();
    } else if (ctrl && (key === 'y' || key === 'Y')) {
      this.redo();
    } else if (ctrl) {
      handled = false;
    } else if (key === ' ') {
      this.spaceHeld = true;
    } else if (key === '[' || key === '-' || key === '_') {
      this.setBrush(this.brushDiameter() / 1.2);
    } else if (key === ']' || key === '+' || key === '=') {
      this.setBrush(this.brushDiameter() * 1.2 + 1);
    } else if (key === 'b' || key === 'B') {
      this.setTool('brush');
    } else if (key === 'e' || key === 'E') {
      this.setTool('eraser');
    } else if (key === 'p' || key === 'P') {
      this.setTool('polygon');
    } else if (key === 'l' || key === 'L') {
      this.setTool('lasso');
    } else if (key === 'x' || key === 'X') {
      if (this.tool === 'brush' || this.tool === 'eraser') this.setTool(this.tool === 'brush' ? 'eraser' : 'brush');
      else this.polygonErases = !this.polygonErases;
    } else if (key === 'i' || key === 'I') {
      this.invert();
    } else if (key === 'h' || key === 'H') {
      this.toggleMask();
    } else if (key === '0') {
      this.fit();
    } else if (key === '?') {
      this.helpOpen = !this.helpOpen;
    } else if (key === 'Enter' && this.tool === 'polygon') {
      this.closePolygon();
    } else if (key === 'Escape' && (this.polygon.length || this.helpOpen)) {
      this.polygon = [];
      this.helpOpen = false;
      this.draw();
    } else if (key === 'Backspace' && this.polygon.length) {
      this.polygon = this.polygon.slice(0, -2);
      this.draw();
    } else {
      handled = false;
    }
    if (handled) {
      e.preventDefault();
      e.stopPropagation();
    }
  };

  private onKeyUp = (e: KeyboardEvent) => {
    if (e.key === ' ') this.spaceHeld = false;
  };

  private onFile = async (e: Event) => {
    const input = e.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    if (file.size > MAX_IMPORT_BYTES) {
      this.message = this.texts['import.too-big'] ?? '';
      return;
    }
    const data = await new Promise<string>((resolve, reject) => {
      const reader = new FileReader();
      reader.onload = () => resolve(reader.result as string);
      reader.onerror = () => reject(reader.error);
      reader.readAsDataURL(file);
    });
    let canvas: HTMLCanvasElement;
    try {
      canvas = await this.loadImage(data);
    } catch {
      this.message = this.texts['import.unreadable'] ?? '';
      return;
    }
    const id = this.nextImageId++;
    this.images.set(id, canvas);
    this.dispatchEvent(new CustomEvent('mask-imported', { detail: { id, data } }));
    this.commit({ t: 'image', id });
  }

  /** An image as a mask at working size: white where it is bright, transparent elsewhere. */
  private loadImage(address: string): Promise<HTMLCanvasElement> {
    return new Promise((resolve, reject) => {
      const image = new Image();
      image.onload = () => {
        const canvas = document.createElement('canvas');
        canvas.width = this.work.width;
        canvas.height = this.work.height;
        const ctx = canvas.getContext('2d', { willReadFrequently: true })!;
        ctx.drawImage(image, 0, 0, canvas.width, canvas.height);
        const pixels = ctx.getImageData(0, 0, canvas.width, canvas.height);
        const d = pixels.data;
        for (let i = 0; i < d.length; i += 4) {
          const zone = d[i + 3] >= 128 && (d[i] * 299 + d[i + 1] * 587 + d[i + 2] * 114) / 1000 >= 128;
          d[i] = d[i + 1] = d[i + 2] = 255;
          d[i + 3] = zone ? 255 : 0;
        }
        ctx.putImageData(pixels, 0, 0);
        resolve(canvas);
      };
      image.onerror = () => reject(new Error('unreadable'));
      image.src = address;
    });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'atelier-mask-editor': AtelierMaskEditor;
  }
}
