/**
 * Figures a channel reports for /metrics (the email intake's lag), without importing the metrics library
 * or reaching the server: the channel registers a gauge through its host, the metrics module exports
 * every gauge registered, before or after it was set up.
 */
export interface ChannelGauge {
  /** The metric's name (`arcp_` followed by the channel's name, e.g. arcp_email_intake_seconds_since_scan). */
  name: string;
  help: string;
  /** The label the samples are told apart by (a mailbox). */
  label: string;
  /** The current samples by label value, read at each scrape; an empty map says nothing is known yet. */
  collect(): Promise<Map<string, number>>;
}

export class ChannelGauges {
  private readonly gauges: ChannelGauge[] = [];
  private readonly listeners: ((g: ChannelGauge) => void)[] = [];

  register(gauge: ChannelGauge): void {
    if (this.gauges.some((g) => g.name === gauge.name)) return;
    this.gauges.push(gauge);
    for (const l of this.listeners) l(gauge);
  }

  /** Calls `listener` for each gauge registered so far and each registered later. */
  each(listener: (g: ChannelGauge) => void): void {
    this.listeners.push(listener);
    for (const g of this.gauges) listener(g);
  }
}
