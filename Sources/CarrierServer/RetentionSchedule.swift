import Logging
import NIOCore
import Shipping

/// Runs the personal-data ``RetentionTask`` while the server runs: a pass when the server starts listening,
/// then every hour, until the server's listening channel closes (shutdown).
enum RetentionSchedule {
    /// Starts `task` for the lifetime of `channel`, logging each pass (counts only, no personal data).
    static func start(_ task: RetentionTask, whileOpen channel: any Channel, logger: Logger) {
        let running = Task {
            await task.run { pass in
                switch pass {
                case .erased(let count, let cutoff):
                    logger.log(
                        level: count > 0 ? .info : .debug, "Erased personal data of shipments past retention",
                        metadata: [
                            "shipments": "\(count)", "created_before": "\(cutoff)",
                            "retention_days": "\(task.personalDataDays)",
                        ])
                case .failed(let errorType):
                    logger.error(
                        "Could not erase personal data past retention; trying again in an hour",
                        metadata: ["error": "\(errorType)"])
                }
            }
        }
        channel.closeFuture.whenComplete { _ in running.cancel() }
    }
}
