"""A local single-node Apache Kafka broker (KRaft) on 127.0.0.1, for development and tests.

The broker's jars come from Maven Central through Maven (``deploy/kafka/pom.xml``)
into an ignored cache folder; storage is formatted once; the broker runs as a
detached JVM whose pid, config and log live under ``settings.kafka_home``.
"""

from __future__ import annotations

import base64
import os
import shutil
import signal
import socket
import subprocess
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from streams.settings import PROJECT_ROOT, Settings

POM = PROJECT_ROOT / "deploy" / "kafka" / "pom.xml"
READY_LINE = "Kafka Server started"
START_TIMEOUT_S = 90.0
STOP_TIMEOUT_S = 30.0

_LOG4J2 = """\
Configuration:
  Appenders:
    RollingFile:
      name: FILE
      fileName: "{log}"
      filePattern: "{log}.%i"
      PatternLayout:
        pattern: "[%d] %p %m (%c)%n"
      SizeBasedTriggeringPolicy:
        size: 20MB
      DefaultRolloverStrategy:
        max: 2
  Loggers:
    Root:
      level: INFO
      AppenderRef:
        - ref: FILE
"""


class LocalKafkaError(RuntimeError):
    """The local broker cannot be installed, started or stopped; the message says why."""


@dataclass(frozen=True)
class LocalKafka:
    settings: Settings

    @property
    def home(self) -> Path:
        return self.settings.kafka_home

    @property
    def libs(self) -> Path:
        return self.home / f"libs-{self.settings.kafka_version}"

    @property
    def data_dir(self) -> Path:
        return self.home / f"data-{self.port}"

    @property
    def config_dir(self) -> Path:
        return self.home / "config"

    @property
    def log_file(self) -> Path:
        return self.home / "logs" / f"broker-{self.port}.log"

    @property
    def pid_file(self) -> Path:
        return self.home / f"broker-{self.port}.pid"

    @property
    def port(self) -> int:
        return self.settings.local_port

    @property
    def controller_port(self) -> int:
        return self.port + 1

    # -- install ---------------------------------------------------------------

    def install(self) -> bool:
        """Fetch the broker jars with Maven unless present. Returns True if it fetched."""
        marker = self.libs / ".complete"
        if marker.exists():
            return False
        self._require(
            "java",
            "Java 17 or newer runs the Kafka broker: install a JDK (apt-get install openjdk-17-jre-headless)",
        )
        mvn = self._require(
            "mvn", "Maven fetches the Kafka jars from Maven Central: install it (apt-get install maven)"
        )
        self.libs.mkdir(parents=True, exist_ok=True)
        cmd = [
            mvn, "-q", "-B", "-f", str(POM), "dependency:copy-dependencies",
            f"-DoutputDirectory={self.libs}", "-DincludeScope=runtime",
            f"-Dkafka.version={self.settings.kafka_version}",
        ]  # fmt: skip
        result = subprocess.run(cmd, capture_output=True, text=True, check=False)
        if result.returncode != 0:
            raise LocalKafkaError(
                f"Maven could not fetch Kafka {self.settings.kafka_version}:\n{result.stdout[-2000:]}{result.stderr[-2000:]}"
            )
        marker.write_text(self.settings.kafka_version)
        return True

    @staticmethod
    def _require(tool: str, hint: str) -> str:
        path = shutil.which(tool)
        if path is None:
            raise LocalKafkaError(f"`{tool}` was not found on PATH. {hint}.")
        return path

    # -- lifecycle -------------------------------------------------------------

    def running_pid(self) -> int | None:
        try:
            pid = int(self.pid_file.read_text().strip())
        except (FileNotFoundError, ValueError):
            return None
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return None
        except PermissionError:
            return pid
        return pid

    def reachable(self, timeout: float = 1.0) -> bool:
        return port_open("127.0.0.1", self.port, timeout)

    def up(self, *, log: Callable[[str], object] = print) -> None:
        """Install if needed, format storage once, start the broker and wait until it serves."""
        if self.running_pid() is not None and self.reachable():
            log(f"Kafka already running on 127.0.0.1:{self.port} (pid {self.running_pid()})")
            return
        if self.reachable():
            log(f"Something already listens on 127.0.0.1:{self.port}: using it as the broker")
            return
        if self.install():
            log(f"fetched Kafka {self.settings.kafka_version} jars into {self.libs}")
        properties = self._write_config()
        self._format(properties)
        self.log_file.parent.mkdir(parents=True, exist_ok=True)
        java = self._require("java", "Java 17 or newer runs the Kafka broker")
        cmd = [
            java, f"-Xmx{self.settings.kafka_heap}", f"-Xms{self.settings.kafka_heap}",
            "-XX:+UseG1GC", "-Djava.awt.headless=true",
            f"-Dlog4j2.configurationFile={self.config_dir / 'log4j2.yaml'}",
            "-cp", f"{self.libs}/*", "kafka.Kafka", str(properties),
        ]  # fmt: skip
        stdout = open(self.log_file.with_suffix(".out"), "ab")  # noqa: SIM115 - handed to the child
        process = subprocess.Popen(
            cmd, stdout=stdout, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL, start_new_session=True
        )
        stdout.close()
        self.pid_file.write_text(str(process.pid))
        log(
            f"starting Kafka {self.settings.kafka_version} on 127.0.0.1:{self.port} (pid {process.pid}, log {self.log_file})"
        )
        deadline = time.monotonic() + START_TIMEOUT_S
        while time.monotonic() < deadline:
            if process.poll() is not None:
                raise LocalKafkaError(
                    f"the broker exited with code {process.returncode}; see {self.log_file} and "
                    f"{self.log_file.with_suffix('.out')}:\n{self._tail()}"
                )
            if self.reachable(0.5) and READY_LINE in self._tail(200):
                log("Kafka is ready")
                return
            time.sleep(0.3)
        self.down(log=lambda _msg: None)
        raise LocalKafkaError(
            f"the broker did not become ready within {START_TIMEOUT_S:.0f}s:\n{self._tail()}"
        )

    def down(self, *, log: Callable[[str], object] = print) -> bool:
        """Stop the broker this tool started. Returns False if none was running."""
        pid = self.running_pid()
        if pid is None:
            log(f"no local Kafka started by claimwatch is running on port {self.port}")
            self.pid_file.unlink(missing_ok=True)
            return False
        os.kill(pid, signal.SIGTERM)
        deadline = time.monotonic() + STOP_TIMEOUT_S
        while time.monotonic() < deadline and _alive(pid):
            time.sleep(0.2)
        if _alive(pid):
            os.kill(pid, signal.SIGKILL)
        self.pid_file.unlink(missing_ok=True)
        log(f"stopped Kafka (pid {pid})")
        return True

    def reset(self) -> None:
        """Delete the broker's data (it must be stopped)."""
        if self.running_pid() is not None:
            raise LocalKafkaError("stop the broker first: claimwatch kafka down")
        shutil.rmtree(self.data_dir, ignore_errors=True)

    def status(self) -> str:
        pid = self.running_pid()
        if pid is not None:
            state = "ready" if self.reachable() else "starting or unhealthy"
            return f"local Kafka pid {pid} on 127.0.0.1:{self.port}: {state}"
        if self.reachable():
            return f"a broker not started by claimwatch answers on 127.0.0.1:{self.port}"
        return f"no broker on 127.0.0.1:{self.port}"

    # -- internals -------------------------------------------------------------

    def _write_config(self) -> Path:
        self.config_dir.mkdir(parents=True, exist_ok=True)
        (self.config_dir / "log4j2.yaml").write_text(_LOG4J2.format(log=self.log_file))
        properties = self.config_dir / f"server-{self.port}.properties"
        lines = {
            "process.roles": "broker,controller",
            "node.id": "1",
            "controller.quorum.voters": f"1@127.0.0.1:{self.controller_port}",
            "listeners": f"PLAINTEXT://127.0.0.1:{self.port},CONTROLLER://127.0.0.1:{self.controller_port}",
            "advertised.listeners": f"PLAINTEXT://127.0.0.1:{self.port}",
            "controller.listener.names": "CONTROLLER",
            "inter.broker.listener.name": "PLAINTEXT",
            "listener.security.protocol.map": "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT",
            "log.dirs": str(self.data_dir),
            "num.partitions": "1",
            "offsets.topic.replication.factor": "1",
            "offsets.topic.num.partitions": "4",
            "transaction.state.log.replication.factor": "1",
            "transaction.state.log.min.isr": "1",
            "share.coordinator.state.topic.replication.factor": "1",
            "share.coordinator.state.topic.min.isr": "1",
            # Tests create a consumer group each: no initial rebalance delay.
            "group.initial.rebalance.delay.ms": "0",
            "auto.create.topics.enable": "false",
            "log.segment.bytes": str(64 * 1024 * 1024),
            "log.retention.check.interval.ms": "60000",
        }
        properties.write_text("".join(f"{k}={v}\n" for k, v in lines.items()))
        return properties

    def _format(self, properties: Path) -> None:
        if (self.data_dir / "meta.properties").exists():
            return
        self.data_dir.mkdir(parents=True, exist_ok=True)
        java = self._require("java", "Java 17 or newer runs the Kafka broker")
        # controller.quorum.voters is set, so format without --standalone.
        cmd = [
            java, "-cp", f"{self.libs}/*", "kafka.tools.StorageTool", "format",
            "-t", _cluster_id(), "-c", str(properties), "--ignore-formatted",
        ]  # fmt: skip
        result = subprocess.run(cmd, capture_output=True, text=True, check=False)
        if result.returncode != 0:
            raise LocalKafkaError(f"formatting Kafka storage failed:\n{result.stdout}{result.stderr}")

    def _tail(self, lines: int = 30) -> str:
        chunks = []
        for path in (self.log_file, self.log_file.with_suffix(".out")):
            try:
                chunks.append("\n".join(path.read_text(errors="replace").splitlines()[-lines:]))
            except FileNotFoundError:
                continue
        return "\n".join(chunks)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    # A zombie child of ours still answers kill(0): reap it if we can.
    try:
        done, _ = os.waitpid(pid, os.WNOHANG)
        return done == 0
    except ChildProcessError:
        return True


def _cluster_id() -> str:
    # Kafka cluster ids are 16 random bytes in unpadded URL-safe base64. One in 64 starts with "-", which the
    # storage tool's argument parser takes for an option (Kafka's own Uuid.randomUuid draws again then too).
    while True:
        cid = base64.urlsafe_b64encode(uuid.uuid4().bytes).rstrip(b"=").decode("ascii")
        if not cid.startswith("-"):
            return cid


def port_open(host: str, port: int, timeout: float = 1.0) -> bool:
    try:
        with socket.create_connection((host, port), timeout=timeout):
            return True
    except OSError:
        return False
