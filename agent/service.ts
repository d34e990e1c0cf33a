/**
 * The agent's services: each has one job, takes a Components object naming
 * only what it uses, and has a start()/stop() lifecycle. The composition root
 * (agent.ts) keeps them in one ServiceList: started in order, stopped in
 * reverse (Syncthing's supervisor, js-libp2p's Startable).
 */
export interface Service {
  /** A short name for logs ("peer-table", "control"). */
  readonly name: string
  start?: () => Promise<void> | void
  stop?: () => Promise<void> | void
}

/** Services in start order; one that fails to stop does not keep the others from stopping. */
export class ServiceList {
  private readonly services: Service[] = []
  private started = 0

  constructor (private readonly onStopError: (name: string, err: Error) => void = () => {}) {}

  add<S extends Service> (service: S): S {
    this.services.push(service)
    return service
  }

  /**
   * Start, in order, every service not started yet (so a root can start its
   * storage, build the node, then start the rest); a failure stops every
   * started service and rethrows.
   */
  async start (): Promise<void> {
    for (const s of this.services.slice(this.started)) {
      try {
        await s.start?.()
      } catch (err) {
        await this.stop()
        throw err
      }
      this.started++
    }
  }

  /** Stop the started services in reverse order. */
  async stop (): Promise<void> {
    const started = this.services.slice(0, this.started).reverse()
    this.started = 0
    for (const s of started) {
      try {
        await s.stop?.()
      } catch (err) {
        this.onStopError(s.name, err as Error)
      }
    }
  }

  names (): string[] {
    return this.services.map(s => s.name)
  }
}

/** A service made of a name and lifecycle functions (for parts that are not services themselves: a database, a timer). */
export function service (name: string, lifecycle: { start?: () => Promise<unknown> | unknown, stop?: () => Promise<unknown> | unknown }): Service {
  return {
    name,
    start: async () => { await lifecycle.start?.() },
    stop: async () => { await lifecycle.stop?.() }
  }
}
