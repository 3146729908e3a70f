from idp.models.ocr.base import OcrEngine, OcrEngineError, build_ocr_engine, known_engines

__all__ = ["OcrEngine", "OcrEngineError", "build_ocr_engine", "known_engines"]
