import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  Tooltip,
  type ChartData,
} from 'chart.js';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip);

interface Series { label: string; values: number[]; color: string; }
interface Usage { labels: string[]; series: Series[]; summary: string; }

/**
 * Credits spent over time as stacked bars (Chart.js, MIT), one colour per member, service or kind.
 * The server sets `usage`; the chart follows the element's size. The canvas carries a sentence that
 * says what it shows, for screen readers.
 */
export class AtelierChart extends HTMLElement {
  private chart?: Chart<'bar'>;
  private readonly canvas = document.createElement('canvas');
  private current?: Usage;

  connectedCallback() {
    if (!this.canvas.isConnected) {
      const box = document.createElement('div');
      box.style.position = 'relative';
      box.style.width = '100%';
      box.style.height = '100%';
      this.canvas.setAttribute('role', 'img');
      box.appendChild(this.canvas);
      this.appendChild(box);
    }
    this.draw();
  }

  disconnectedCallback() {
    this.chart?.destroy();
    this.chart = undefined;
  }

  set usage(value: Usage) {
    this.current = value;
    this.draw();
  }

  get usage(): Usage | undefined {
    return this.current;
  }

  /** How many bars hold something (for tests and for the empty look). */
  get drawnValues(): number {
    return this.chart?.data.datasets.reduce((sum, set) => sum + (set.data as number[]).filter((v) => v > 0).length, 0) ?? 0;
  }

  private draw() {
    const usage = this.current;
    if (!usage || !this.isConnected) {
      return;
    }
    this.canvas.setAttribute('aria-label', usage.summary);
    const data: ChartData<'bar'> = {
      labels: usage.labels,
      datasets: usage.series.map((series) => ({
        label: series.label,
        data: series.values,
        backgroundColor: series.color,
        borderRadius: 3,
        maxBarThickness: 36,
      })),
    };
    if (this.chart) {
      this.chart.data = data;
      this.chart.update();
      return;
    }
    const text = getComputedStyle(this).getPropertyValue('--lumo-secondary-text-color').trim() || '#666';
    const grid = getComputedStyle(this).getPropertyValue('--lumo-contrast-10pct').trim() || '#0000001a';
    this.chart = new Chart<'bar'>(this.canvas, {
      type: 'bar',
      data,
      options: {
        responsive: true,
        maintainAspectRatio: false,
        animation: { duration: 250 },
        interaction: { mode: 'index', intersect: false },
        scales: {
          x: { stacked: true, grid: { display: false }, ticks: { color: text, maxRotation: 0, autoSkip: true } },
          y: { stacked: true, beginAtZero: true, grid: { color: grid }, ticks: { color: text, precision: 0 } },
        },
        plugins: {
          legend: { position: 'bottom', labels: { color: text, boxWidth: 12, boxHeight: 12 } },
          tooltip: { filter: (item) => (item.raw as number) > 0 },
        },
      },
    });
  }
}

customElements.define('atelier-chart', AtelierChart);
