from idp.pipeline.cli import app

app()
