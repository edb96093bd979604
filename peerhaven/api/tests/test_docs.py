"""The OpenAPI schema and the interactive docs, served by PeerHaven itself."""

import re

import pytest

pytestmark = pytest.mark.django_db


def test_openapi_schema_is_served(client):
    response = client.get("/api/v1/openapi.json")
    assert response.status_code == 200
    schema = response.json()
    assert schema["openapi"].startswith("3.")
    assert schema["info"]["title"] == "PeerHaven API"
    assert "/api/v1/groups" in schema["paths"]
    schemes = schema["components"]["securitySchemes"]
    assert schemes["TokenAuth"] == {
        "type": "http",
        "scheme": "bearer",
        "description": schemes["TokenAuth"]["description"],
    }
    # Every operation documents the one error shape.
    for path, methods in schema["paths"].items():
        for method, operation in methods.items():
            for status in ("401", "404", "422", "429"):
                ref = operation["responses"][status]["content"]["application/json"]["schema"]
                assert ref == {"$ref": "#/components/schemas/ErrorOut"}, (method, path, status)


def test_docs_load_nothing_from_another_host_and_need_no_inline_script(client):
    response = client.get("/api/v1/docs")
    assert response.status_code == 200
    html = response.content.decode()
    csp = response["Content-Security-Policy"]
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp
    assert "cdn" not in html.lower()
    for tag in re.findall(r"<(?:script|link|img)\b[^>]*>", html):
        assert not re.search(r"(?:src|href)=\"(?:https?:)?//", tag), tag
    # Only data blocks inline, no code.
    for attrs, _body in re.findall(r"<script([^>]*)>(.*?)</script>", html, re.DOTALL):
        assert "src=" in attrs or 'type="application/json"' in attrs, attrs
    for src in re.findall(r'(?:src|href)="(/api/v1/docs/assets/[^"]+)"', html):
        asset = client.get(src)
        assert asset.status_code == 200, src
        content = b"".join(asset.streaming_content)
        assert content
        if src.endswith(".js"):
            assert asset["Content-Type"].startswith("text/javascript")
            assert b"cdn.jsdelivr" not in content and b"unpkg.com" not in content


def test_only_the_known_assets_are_served(client):
    assert client.get("/api/v1/docs/assets/../../settings.py").status_code == 404
    assert client.get("/api/v1/docs/assets/redoc.standalone.js.map").status_code == 404
    assert client.get("/api/v1/docs/assets/").status_code == 404


@pytest.mark.browser
def test_the_docs_page_runs_under_the_csp(live_server, browser):
    page = browser.new_page()
    problems = []
    page.on("console", lambda message: message.type == "error" and problems.append(message.text))
    page.on("pageerror", lambda error: problems.append(str(error)))
    requested = []
    page.on("request", lambda request: requested.append(request.url))
    page.goto(f"{live_server.url}/api/v1/docs")
    page.wait_for_selector(".opblock-tag", timeout=15_000)
    assert "PeerHaven API" in page.content()
    assert problems == []
    assert all(url.startswith(live_server.url) or url.startswith("data:") for url in requested)
