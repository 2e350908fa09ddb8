package george.neo4j;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.neo4j.configuration.Config;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.fs.DefaultFileSystemAbstraction;
import org.neo4j.kernel.impl.security.User;
import org.neo4j.logging.NullLogProvider;
import org.neo4j.memory.EmptyMemoryTracker;
import org.neo4j.server.security.SecureHasher;
import org.neo4j.server.security.SystemGraphCredential;
import org.neo4j.server.security.auth.CommunitySecurityModule;
import org.neo4j.server.security.auth.FileUserRepository;

/**
 * Starts a Neo4j 5 Community DBMS (embedded) with the Bolt connector and authentication on.
 *
 * <pre>
 * java -cp 'target/classes:target/lib/*' george.neo4j.Launcher [--port N] [--data DIR] [--host H]
 *     [--exit-with-stdin]
 * </pre>
 *
 * With --exit-with-stdin the DBMS also shuts down when its standard input ends, i.e. when the
 * process that started it through a pipe dies without stopping it (a crashed test run).
 *
 * Environment: NEO4J_PASSWORD (required: the password of user neo4j, set when the data directory is
 * new; at least 8 characters), NEO4J_BOLT_PORT (default 7687), NEO4J_DATA_DIR (default ./neo4j-data),
 * NEO4J_BOLT_HOST (default 127.0.0.1), NEO4J_PAGECACHE (default 64m).
 * Prints one line "neo4j ready bolt://HOST:PORT" on stdout once Bolt accepts connections; SIGTERM
 * or SIGINT shuts the DBMS down cleanly (checkpoint, then exit).
 */
public final class Launcher {
  private Launcher() {}

  public static void main(String[] args) throws Exception {
    Map<String, String> env = System.getenv();
    String host = env.getOrDefault("NEO4J_BOLT_HOST", "127.0.0.1");
    int port = Integer.parseInt(env.getOrDefault("NEO4J_BOLT_PORT", "7687"));
    String data = env.getOrDefault("NEO4J_DATA_DIR", "neo4j-data");
    String pageCache = env.getOrDefault("NEO4J_PAGECACHE", "64m");
    boolean exitWithStdin = false;
    for (int i = 0; i < args.length; i++) {
      String value = i + 1 < args.length ? args[i + 1] : null;
      switch (args[i]) {
        case "--port" -> { port = Integer.parseInt(require(value, "--port")); i++; }
        case "--data" -> { data = require(value, "--data"); i++; }
        case "--host" -> { host = require(value, "--host"); i++; }
        case "--exit-with-stdin" -> exitWithStdin = true;
        default -> fail("unknown argument " + args[i]);
      }
    }
    if (port < 1 || port > 65535) fail("port out of range");
    String password = env.get("NEO4J_PASSWORD");
    if (password == null || password.length() < 8) fail("NEO4J_PASSWORD must be set (8 characters or more)");

    Path home = Path.of(data).toAbsolutePath();
    Files.createDirectories(home);
    boolean fresh = !Files.exists(home.resolve("data").resolve("databases").resolve("system"));
    if (fresh) writeInitialPassword(home, password);

    DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(home)
        .setConfig(GraphDatabaseSettings.auth_enabled, true)
        .setConfig(GraphDatabaseSettings.udc_enabled, false)
        .setConfig(GraphDatabaseSettings.pagecache_memory, parseBytes(pageCache))
        .setConfig(GraphDatabaseSettings.keep_logical_logs, "false")
        .setConfig(BoltConnector.enabled, true)
        .setConfig(BoltConnector.listen_address, new SocketAddress(host, port))
        .setConfig(BoltConnector.advertised_address, new SocketAddress(host, port))
        .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
        // Netty's default quiet period makes every stop take about 10 s; connections are closed anyway.
        .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
        .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_timeout, Duration.ofSeconds(5))
        .build();

    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      System.out.println("neo4j stopping");
      dbms.shutdown();
      System.out.println("neo4j stopped");
      stopped.countDown();
    }, "neo4j-shutdown"));
    // The default database is available once build() returns; Bolt is bound by then.
    dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME).executeTransactionally("RETURN 1");
    System.out.println("neo4j ready bolt://" + host + ":" + port);
    System.out.flush();
    if (exitWithStdin) {
      Thread watcher = new Thread(() -> {
        try {
          while (System.in.read() != -1) {
            // Input is ignored; only its end matters.
          }
        } catch (java.io.IOException ignored) {
          // A broken pipe means the parent is gone too.
        }
        System.exit(0);
      }, "neo4j-stdin-watch");
      watcher.setDaemon(true);
      watcher.start();
    }
    stopped.await();
  }

  /** What `neo4j-admin dbms set-initial-password` does: an auth.ini read once, at the first start. */
  private static void writeInitialPassword(Path home, String password) throws Exception {
    Config config = Config.newBuilder().set(GraphDatabaseSettings.neo4j_home, home).build();
    Path file = CommunitySecurityModule.getInitialUserRepositoryFile(config);
    try (DefaultFileSystemAbstraction fs = new DefaultFileSystemAbstraction()) {
      fs.mkdirs(file.getParent());
      if (fs.fileExists(file)) fs.deleteFile(file);
      FileUserRepository users =
          new FileUserRepository(fs, file, NullLogProvider.getInstance(), EmptyMemoryTracker.INSTANCE);
      users.start();
      users.create(new User("neo4j", null,
          SystemGraphCredential.createCredentialForPassword(password.getBytes(StandardCharsets.UTF_8), new SecureHasher()),
          false, false));
      users.shutdown();
    }
  }

  private static long parseBytes(String value) {
    String v = value.trim().toLowerCase();
    long unit = 1;
    if (v.endsWith("k")) unit = 1L << 10;
    else if (v.endsWith("m")) unit = 1L << 20;
    else if (v.endsWith("g")) unit = 1L << 30;
    if (unit != 1) v = v.substring(0, v.length() - 1);
    return Long.parseLong(v) * unit;
  }

  private static String require(String value, String flag) {
    if (value == null) fail(flag + " needs a value");
    return value;
  }

  private static void fail(String message) {
    System.err.println("neo4j launcher: " + message);
    System.exit(2);
  }
}
