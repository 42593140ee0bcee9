"""BlazeFace short-range settings, copied from MediaPipe's face_detection_short_range graph.

Source: mediapipe/modules/face_detection/face_detection.pbtxt + face_detection_short_range.pbtxt
(SsdAnchorsCalculator, TensorsToDetectionsCalculator, NonMaxSuppressionCalculator options).
The TS post-processing reads these from models/face-detector/blazeface.json, so this is the only place they are typed by hand.
"""

SOURCE_PACKAGE = "@mediapipe/face_detection@0.4.1657300184"
SOURCE_FILE = "face_detection_short_range.tflite"

CONFIG = {
    "name": "blazeface",
    "variant": "short_range",
    "source": f"{SOURCE_PACKAGE}/{SOURCE_FILE} (Apache-2.0)",
    "input": {
        "name": "input",
        # a second input: the graph returns only anchors whose logit is at least this (compact_outputs.py)
        "keepFrom": "min_logit",
        "layout": "NCHW",
        "width": 128,
        "height": 128,
        # ImageToTensorCalculator output_tensor_float_range {min: -1 max: 1}: v = px / 127.5 - 1
        "range": [-1.0, 1.0],
        # keep_aspect_ratio: true; the border is black (BORDER_ZERO on the 8-bit image, i.e. -1 after scaling)
        "letterbox": True,
    },
    # the kept anchors' indices, logits and regressor rows (compact_outputs.py)
    "outputs": {"index": "kept_index", "scores": "kept_logits", "boxes": "kept_regressors"},
    "anchors": {
        "numLayers": 4,
        "minScale": 0.1484375,
        "maxScale": 0.75,
        "strides": [8, 16, 16, 16],
        "aspectRatios": [1.0],
        "offsetX": 0.5,
        "offsetY": 0.5,
        "fixedAnchorSize": True,
        "interpolatedScaleAspectRatio": 1.0,
        "reduceBoxesInLowestLayer": False,
    },
    "decode": {
        "numBoxes": 896,
        "numCoords": 16,
        "numKeypoints": 6,
        # raw values are in input pixels: divide by the input size to get fractions of the letterboxed square
        "scale": 128.0,
        "scoreClip": 100.0,
        "minScore": 0.5,
        # keypoint order as MediaPipe documents it (subject's right eye first)
        "keypoints": ["rightEye", "leftEye", "noseTip", "mouth", "rightEar", "leftEar"],
    },
    "nms": {"iouThreshold": 0.3, "weighted": True},
}
