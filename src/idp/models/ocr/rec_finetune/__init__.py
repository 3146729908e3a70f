"""Fine-tuning the PP-OCR text recogniser on line crops and shipping the result as a small delta.

`train` holds the CPU training pieces (frozen backbone, case-insensitive CTC), `delta` saves the
changed tensors by ONNX initializer name and applies them to an ONNX model or a torch module.
"""
