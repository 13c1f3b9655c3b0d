import NIOCore

/// Runs the ``WebhookDeliverer`` while the server runs: from when it listens until its listening channel
/// closes (shutdown). An attempt cut short by the shutdown is not recorded: it goes out again after the restart.
enum WebhookSchedule {
    /// Starts `deliverer` for the lifetime of `channel`.
    static func start(_ deliverer: WebhookDeliverer, whileOpen channel: any Channel) {
        let running = Task { await deliverer.run() }
        channel.closeFuture.whenComplete { _ in running.cancel() }
    }
}
