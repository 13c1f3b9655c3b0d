import ArgumentParser

/// The `picqer-carrier` command line.
@main
struct PicqerCarrier: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "picqer-carrier",
        abstract: "A carrier's shipping-provider server for Picqer: config options, tracking codes and labels.",
        subcommands: [
            Serve.self, Render.self, HashPassword.self, CheckConfig.self, CreateOperatorToken.self, Purge.self,
            Reprint.self, ManifestCommand.self, ImportEvents.self,
        ],
        defaultSubcommand: Serve.self)
}
