"""PP-OCR in PyTorch: the ONNX models RapidOCR ships, converted at load time and run batched on a GPU.

`onnx_torch` turns the three ONNX graphs into torch modules (no onnx2torch needed), `det` and `rec`
batch detection and recognition across pages, `pipeline` ties them to RapidOCR's own pre- and
post-processing so texts match the ONNX Runtime engine. Only `idp.models.ocr.torch_ppocr` imports these.
"""
