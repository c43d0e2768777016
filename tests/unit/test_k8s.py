"""deploy/k8s: the production manifests parse, validate and hang together.

Built-in kinds are validated (strictly: unknown fields fail) against the Kubernetes
OpenAPI schemas shipped by ``kubernetes-validate``; the custom ServiceMonitor and the
Kustomization are checked field by field. Cross-references are resolved: selectors match
the pod labels, probes and the Service reach the named container port, every Secret and
ConfigMap a pod uses exists (the Secret as an example with placeholders only), and the
pod environment covers every setting the code reads.
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path
from typing import Any

import kubernetes_validate
import pytest
import yaml

from streams.config import ENV_VARS, LOCAL_ONLY_ENV_VARS

REPO = Path(__file__).resolve().parents[2]
K8S = REPO / "deploy" / "k8s"
KUBERNETES_VERSION = "1.30.0"
"""Oldest Kubernetes release the manifests must be valid for."""
PLACEHOLDER = "REPLACE_ME"
CUSTOM_KINDS = {"ServiceMonitor", "PodMonitor", "Kustomization", "PrometheusRule"}


def manifests() -> list[tuple[Path, dict[str, Any]]]:
    out: list[tuple[Path, dict[str, Any]]] = []
    for path in sorted([*K8S.glob("*.yaml"), *K8S.glob("*.yml")]):
        with open(path, encoding="utf-8") as fh:
            out.extend((path, doc) for doc in yaml.safe_load_all(fh) if doc)
    return out


def of_kind(kind: str) -> list[dict[str, Any]]:
    return [doc for _, doc in manifests() if doc.get("kind") == kind]


def one(kind: str) -> dict[str, Any]:
    docs = of_kind(kind)
    assert len(docs) == 1, f"expected one {kind}, found {len(docs)}"
    return docs[0]


def pod_specs() -> list[tuple[str, dict[str, Any]]]:
    """(owner name, pod template spec) of every Deployment and Job."""
    return [
        (doc["metadata"]["name"], doc["spec"]["template"]["spec"])
        for doc in of_kind("Deployment") + of_kind("Job")
    ]


def matches(selector: dict[str, str], labels: dict[str, str]) -> bool:
    return bool(selector) and all(labels.get(k) == v for k, v in selector.items())


def worker() -> tuple[dict[str, Any], dict[str, Any]]:
    """The worker Deployment and its (only) container."""
    deployment = one("Deployment")
    (container,) = deployment["spec"]["template"]["spec"]["containers"]
    return deployment, container


def container_env(container: dict[str, Any]) -> dict[str, Any]:
    """Every variable a container gets: ConfigMap data (envFrom) and ``env`` entries."""
    out: dict[str, Any] = {}
    configmaps = {cm["metadata"]["name"]: cm for cm in of_kind("ConfigMap")}
    for source in container.get("envFrom") or []:
        name = source["configMapRef"]["name"]
        assert name in configmaps, f"envFrom names a missing ConfigMap {name}"
        out.update(configmaps[name]["data"])
    for item in container.get("env") or []:
        out[item["name"]] = item.get("value", item.get("valueFrom"))
    return out


def test_every_manifest_has_the_basics() -> None:
    docs = manifests()
    kinds = {doc["kind"] for _, doc in docs}
    expected = {"Deployment", "Service", "PodDisruptionBudget", "ConfigMap", "Secret"}
    assert expected <= kinds, f"missing kinds: {expected - kinds}"
    assert {"ServiceMonitor", "PodMonitor"} & kinds
    for path, doc in docs:
        assert doc.get("apiVersion") and doc.get("kind"), path.name
        if doc["kind"] != "Kustomization":
            assert doc.get("metadata", {}).get("name"), f"{path.name}: no metadata.name"


@pytest.mark.parametrize(
    "path_doc",
    [pd for pd in manifests() if pd[1]["kind"] not in CUSTOM_KINDS],
    ids=lambda pd: f"{pd[0].name}:{pd[1]['kind']}",
)
def test_builtin_kinds_validate_against_the_kubernetes_schema(
    path_doc: tuple[Path, dict[str, Any]],
) -> None:
    _, doc = path_doc
    try:
        kubernetes_validate.validate(doc, KUBERNETES_VERSION, strict=True)
    except kubernetes_validate.ValidationError as exc:
        raise AssertionError(f"{doc['kind']} {doc['metadata']['name']}: {exc}") from exc


def test_the_validator_rejects_a_misspelt_field() -> None:
    deployment, _ = worker()
    bad = yaml.safe_load(yaml.safe_dump(deployment))
    bad["spec"]["template"]["spec"]["containers"][0]["readinesProbe"] = {}
    with pytest.raises(kubernetes_validate.ValidationError):
        kubernetes_validate.validate(bad, KUBERNETES_VERSION, strict=True)


def test_deployment_selects_its_pods_and_has_probes_and_requests() -> None:
    deployment, container = worker()
    spec = deployment["spec"]
    pod_labels = spec["template"]["metadata"]["labels"]
    assert matches(spec["selector"]["matchLabels"], pod_labels)
    assert container["image"]
    requests = container["resources"]["requests"]
    assert requests.get("cpu") and requests.get("memory")
    assert container["resources"].get("limits", {}).get("memory"), "no memory limit"
    ports = {p["name"]: p["containerPort"] for p in container["ports"]}
    for probe, path in (("livenessProbe", "/health"), ("readinessProbe", "/ready")):
        get = container[probe]["httpGet"]
        assert get["path"] == path, f"{probe} must ask {path}"
        assert get["port"] in ports or get["port"] in ports.values()
    startup = container.get("startupProbe")
    if startup:
        assert startup["httpGet"]["path"] == "/health"
    env = container_env(container)
    assert int(env["WIRE_ALERTS_WEB_PORT"]) in ports.values(), "probes hit another port"
    assert env["WIRE_ALERTS_WEB_HOST"] == "0.0.0.0", "kubelet and Prometheus could not connect"
    assert container["command"] == ["wire-alerts", "worker"]


def test_pods_run_unprivileged() -> None:
    for owner, pod in pod_specs():
        assert pod["securityContext"]["runAsNonRoot"] is True, owner
        assert pod["securityContext"]["runAsUser"] != 0, owner
        for container in pod["containers"]:
            sc = container["securityContext"]
            assert sc["allowPrivilegeEscalation"] is False, owner
            assert "ALL" in sc["capabilities"]["drop"], owner


def test_state_and_ca_live_on_mounted_volumes() -> None:
    deployment, container = worker()
    pod = deployment["spec"]["template"]["spec"]
    volumes = {v["name"]: v for v in pod["volumes"]}
    mounts = {m["mountPath"]: m for m in container["volumeMounts"]}
    env = container_env(container)

    def mount_of(path: str) -> dict[str, Any]:
        hits = [m for mp, m in mounts.items() if path == mp or path.startswith(mp + "/")]
        assert hits, f"{path} is on no mounted volume"
        return max(hits, key=lambda m: len(m["mountPath"]))

    # The root filesystem is read-only: RocksDB state must be on a writable volume.
    assert container["securityContext"]["readOnlyRootFilesystem"] is True
    data = mount_of(env["WIRE_ALERTS_DATA_DIR"])
    assert not data.get("readOnly") and "emptyDir" in volumes[data["name"]]
    assert mount_of("/tmp")

    # The CA file is a key of the mounted Secret.
    ca = mount_of(env["KAFKA_SSL_CAFILE"])
    source = volumes[ca["name"]]["secret"]
    item = Path(env["KAFKA_SSL_CAFILE"]).relative_to(ca["mountPath"]).as_posix()
    assert item in {i["path"] for i in source.get("items", [])}


def test_service_and_monitor_reach_the_metrics_port() -> None:
    deployment, container = worker()
    pod_labels = deployment["spec"]["template"]["metadata"]["labels"]
    port_names = {p["name"] for p in container["ports"]}
    service = one("Service")
    assert matches(service["spec"]["selector"], pod_labels)
    assert service["spec"]["ports"]
    for port in service["spec"]["ports"]:
        assert port["port"] and port.get("targetPort") in port_names | {
            p["containerPort"] for p in container["ports"]
        }
    service_ports = {p["name"] for p in service["spec"]["ports"]}

    monitors = of_kind("ServiceMonitor") + of_kind("PodMonitor")
    assert monitors
    for monitor in monitors:
        assert monitor["apiVersion"] == "monitoring.coreos.com/v1"
        if monitor["kind"] == "ServiceMonitor":
            assert matches(
                monitor["spec"]["selector"]["matchLabels"], service["metadata"]["labels"]
            )
            endpoints, names = monitor["spec"]["endpoints"], service_ports
        else:
            assert matches(monitor["spec"]["selector"]["matchLabels"], pod_labels)
            endpoints, names = monitor["spec"]["podMetricsEndpoints"], port_names
        assert endpoints
        for endpoint in endpoints:
            assert endpoint["port"] in names and endpoint.get("path", "/metrics") == "/metrics"
            # The rules in deploy/prometheus select job="wire-alerts".
            jobs = [r for r in endpoint.get("relabelings", []) if r.get("targetLabel") == "job"]
            assert jobs and jobs[0]["replacement"] == "wire-alerts"


def test_pdb_protects_the_workers() -> None:
    deployment, _ = worker()
    pod_labels = deployment["spec"]["template"]["metadata"]["labels"]
    pdb = one("PodDisruptionBudget")
    assert matches(pdb["spec"]["selector"]["matchLabels"], pod_labels)
    spec = pdb["spec"]
    assert ("minAvailable" in spec) != ("maxUnavailable" in spec)
    if isinstance(spec.get("minAvailable"), int):
        assert spec["minAvailable"] < deployment["spec"]["replicas"], "drains would block"


def test_pod_environment_covers_every_setting_and_nothing_else() -> None:
    for owner, pod in pod_specs():
        for container in pod["containers"]:
            env = container_env(container)
            needed = set(ENV_VARS) - set(LOCAL_ONLY_ENV_VARS)
            if owner == worker()[0]["metadata"]["name"]:
                assert needed <= set(env), f"{owner} lacks {sorted(needed - set(env))}"
            dead = [k for k in env if k.startswith(("WIRE_ALERTS_", "KAFKA_")) and k not in needed]
            assert not dead, f"{owner} sets {dead}, which do nothing against a cluster"


def test_kafka_over_sasl_ssl_with_credentials_from_a_secret() -> None:
    _, container = worker()
    env = container_env(container)
    assert env["KAFKA_SECURITY_PROTOCOL"] == "SASL_SSL"
    assert env["KAFKA_BOOTSTRAP_SERVERS"]
    for name in ("KAFKA_SASL_USERNAME", "KAFKA_SASL_PASSWORD"):
        assert isinstance(env[name], dict) and "secretKeyRef" in env[name], (
            f"{name} must come from a Secret"
        )
    for cm in of_kind("ConfigMap"):
        assert not {"KAFKA_SASL_USERNAME", "KAFKA_SASL_PASSWORD"} & set(cm["data"])


def test_referenced_secrets_exist_as_placeholder_examples() -> None:
    secrets = {s["metadata"]["name"]: s for s in of_kind("Secret")}
    referenced: set[tuple[str, str]] = set()
    for _, pod in pod_specs():
        for container in pod["containers"]:
            for item in container.get("env") or []:
                ref = (item.get("valueFrom") or {}).get("secretKeyRef")
                if ref:
                    referenced.add((ref["name"], ref["key"]))
        for volume in pod.get("volumes") or []:
            if "secret" in volume:
                name = volume["secret"]["secretName"]
                referenced |= {(name, i["key"]) for i in volume["secret"].get("items", [])}
    assert referenced
    for name, key in sorted(referenced):
        assert name in secrets, f"Secret {name} is used but has no example manifest"
        data = secrets[name].get("stringData") or {}
        assert key in data, f"Secret {name} example lacks key {key}"
    for secret in secrets.values():
        assert "data" not in secret, "example Secrets use stringData placeholders only"
        for key, value in secret["stringData"].items():
            assert PLACEHOLDER in value, f"{key}: not a placeholder"
    # The example is never applied by kustomize.
    kustomization = yaml.safe_load((K8S / "kustomization.yaml").read_text(encoding="utf-8"))
    for path, doc in manifests():
        if doc["kind"] == "Secret":
            assert path.name not in kustomization["resources"]


def test_kustomization_resources_and_image() -> None:
    kustomization = yaml.safe_load((K8S / "kustomization.yaml").read_text(encoding="utf-8"))
    assert kustomization["kind"] == "Kustomization"
    for resource in kustomization["resources"]:
        assert (K8S / resource).is_file(), f"kustomization lists missing {resource}"
    listed_kinds = {
        doc["kind"]
        for resource in kustomization["resources"]
        for doc in yaml.safe_load_all((K8S / resource).read_text(encoding="utf-8"))
        if doc
    }
    assert {"Deployment", "Service", "PodDisruptionBudget", "ConfigMap"} <= listed_kinds
    assert {"ServiceMonitor", "PodMonitor"} & listed_kinds

    version = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"][
        "version"
    ]
    _, container = worker()
    name, _, tag = container["image"].rpartition(":")
    (image,) = [i for i in kustomization["images"] if i["name"] == name]
    assert image["newTag"] == tag == version, "image tag is not the package version"
    for doc in of_kind("Job"):
        for c in doc["spec"]["template"]["spec"]["containers"]:
            assert c["image"].endswith(f"wire-alerts:{version}")
            assert c["image"].rpartition(":")[0] == image["newName"]


def test_replicas_do_not_exceed_partitions() -> None:
    deployment, container = worker()
    partitions = int(container_env(container)["WIRE_ALERTS_PARTITIONS"])
    assert 2 <= deployment["spec"]["replicas"] <= partitions
    strategy = deployment["spec"]["strategy"]["rollingUpdate"]
    if deployment["spec"]["replicas"] == partitions:
        assert strategy["maxSurge"] == 0, "a surge pod would find no partition"


def test_topics_job_creates_the_topics() -> None:
    (job,) = of_kind("Job")
    (container,) = job["spec"]["template"]["spec"]["containers"]
    assert container["command"][:3] == ["wire-alerts", "topics", "create"]
    assert re.match(r"Never|OnFailure", job["spec"]["template"]["spec"]["restartPolicy"])
    _, worker_container = worker()
    assert container["envFrom"] == worker_container["envFrom"], "job and worker disagree"
